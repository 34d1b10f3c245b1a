package app.jobmate.commands.quotes;

import app.jobmate.events.values.TenantId;

/**
 * The counter {@link QuoteNumbers} take numbers from, as the business's settings see it: the last
 * number taken, and where numbering continues for a business moving from another tool.
 */
public interface QuoteNumberCounter {

  /** The highest number the tenant has taken, 0 when none. */
  long lastTaken(TenantId tenant);

  /**
   * The next number taken is {@code next} or, when a higher one was taken since, the one after it:
   * the counter moves forward only, so no number is ever taken twice.
   */
  void continueFrom(TenantId tenant, long next);
}
