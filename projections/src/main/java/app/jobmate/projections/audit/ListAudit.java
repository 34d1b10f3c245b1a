package app.jobmate.projections.audit;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import java.time.Instant;

/**
 * A page of a tenant's audit trail, oldest first (time, then the place of the event in its stream): every change, or those of
 * one record ({@code record}, a stream type, and optionally {@code recordId}), of one person
 * ({@code person}, an actor id), in a period ({@code from} inclusive, {@code to} exclusive), after a
 * cursor. Every filter is typed; none is an operator.
 */
public record ListAudit(TenantId tenantId, String record, String recordId, String person, Instant from, Instant to,
                        AuditCursor after, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  public ListAudit {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenantId is required");
    }
    if (recordId != null && record == null) {
      throw new IllegalArgumentException("a recordId needs its record type");
    }
    if (limit < 1 || limit > AuditExport.BATCH) {
      throw new IllegalArgumentException("limit is from 1 to " + AuditExport.BATCH);
    }
  }

  /** The same query from another cursor, with another page size (the export's batches). */
  public ListAudit after(AuditCursor cursor, int pageSize) {
    return new ListAudit(tenantId, record, recordId, person, from, to, cursor, pageSize);
  }

  /** Whether {@code entry} is in the answer, cursor aside: the query's definition, which every adapter follows. */
  public boolean matches(Versioned<AuditEntry> entry) {
    AuditEntry e = entry.document();
    return entry.tenantId().equals(tenantId)
        && (record == null || record.equals(e.record()))
        && (recordId == null || recordId.equals(e.recordId()))
        && (person == null || person.equals(e.actor()))
        && (from == null || !e.at().isBefore(from))
        && (to == null || e.at().isBefore(to))
        && (after == null || after.isBefore(e.at(), entry.streamId()));
  }
}
