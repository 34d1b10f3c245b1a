package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * Hands out quote numbers: sequential per tenant from 1, each number to one quote only. The
 * number is taken for a quote, not for a command: every command issuing the same quote within
 * {@link #HELD_FOR} of the first is given the same number, so of twenty concurrent issues of one
 * draft (a double click, a retrying client) the one that wins uses the number and the others,
 * refused, burn none. A number goes unused only when its issue never completes (a crash between
 * taking it and appending the issue).
 */
public interface QuoteNumbers {

  /** How long a quote keeps the number taken for it before an issue that never completed lets it go. */
  Duration HELD_FOR = Duration.ofHours(1);

  /**
   * The number for {@code quote}'s first issue: the one taken for it since {@code now - HELD_FOR},
   * or the tenant's next. Never the same number for two quotes, even under concurrent calls.
   */
  QuoteNumber numberFor(TenantId tenant, QuoteId quote, Instant now);

}
