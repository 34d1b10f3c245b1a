package app.jobmate.projections.audit.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.audit.AuditEntry;
import app.jobmate.projections.audit.AuditProjection;
import app.jobmate.projections.audit.AuditQueries;
import app.jobmate.projections.audit.ListAudit;
import app.jobmate.projections.core.Versioned;
import java.util.Comparator;
import java.util.List;

/** The audit trail over {@link InMemoryReadModels}, by the query's own definition. */
public final class InMemoryAuditQueries implements AuditQueries {

  private static final Comparator<Versioned<AuditEntry>> OLDEST_FIRST =
      Comparator.comparing((Versioned<AuditEntry> v) -> v.document().at()).thenComparing(Versioned::id);

  private final InMemoryReadModels readModels;

  public InMemoryAuditQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Versioned<AuditEntry>> list(ListAudit query) {
    String active = readModels.placement(AuditProjection.NAME).active();
    return readModels.documents(active).stream().map(d -> (Versioned<AuditEntry>) d).filter(query::matches)
        .sorted(OLDEST_FIRST).limit(query.limit() + 1L).toList();
  }
}
