package app.jobmate.projections.audit;

import app.jobmate.projections.core.Versioned;
import java.util.List;

/**
 * A page of the audit trail as answered: its entries, oldest first, and the cursor of the next page
 * ({@code null} on the last).
 */
public record AuditPage(List<AuditEntry> entries, String nextCursor, int limit) {

  public AuditPage {
    entries = List.copyOf(entries);
  }

  /** The page from what the queries read: {@code read} holds at most one entry more than the limit. */
  public static AuditPage of(ListAudit query, List<Versioned<AuditEntry>> read) {
    List<AuditEntry> entries = read.stream().limit(query.limit()).map(Versioned::document).toList();
    String next = read.size() > query.limit() && !entries.isEmpty()
        ? new AuditCursor(entries.getLast().at(), read.get(entries.size() - 1).streamId()).encode() : null;
    return new AuditPage(entries, next, query.limit());
  }
}
