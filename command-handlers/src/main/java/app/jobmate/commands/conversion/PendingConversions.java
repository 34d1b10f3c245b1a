package app.jobmate.commands.conversion;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * The conversions in flight: an intent is recorded before a conversion's first append and removed
 * after its last, so what is left names a conversion cut short, for the sweep to complete
 * (docs/decisions/converting-a-quote.md). It holds only what is in flight, never history.
 */
public interface PendingConversions {

  /** Records the intent; recording it again keeps the first {@code since}. */
  void record(Pending pending);

  /** Removes the intent of converting {@code quote}, if there is one. */
  void remove(TenantId tenant, QuoteId quote);

  /** Every intent recorded before {@code before}, oldest first, at most {@code limit}. */
  List<Pending> before(Instant before, int limit);

  /** A conversion in flight since {@code since}. */
  record Pending(TenantId tenant, QuoteId quote, JobId job, Instant since) {
    public Pending {
      if (tenant == null || quote == null || job == null || since == null) {
        throw new IllegalArgumentException("tenant, quote, job and since are required");
      }
    }
  }
}
