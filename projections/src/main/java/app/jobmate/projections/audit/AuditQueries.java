package app.jobmate.projections.audit;

import app.jobmate.projections.core.Versioned;
import java.util.List;

/** Reads the audit trail (the active {@code audit} collection). */
public interface AuditQueries {

  /** Up to {@code query.limit() + 1} entries of {@code query}, oldest first, after its cursor (one more says there is a next page). */
  List<Versioned<AuditEntry>> list(ListAudit query);
}
