package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.TenantId;

/**
 * Hands out quote numbers: sequential per tenant from 1, each number once, allocated atomically.
 * A number is never handed out twice but may go unused (its command failed or was retried after
 * taking it), so a tenant's quotes can skip a number.
 */
public interface QuoteNumbers {

  /** The next number of the tenant; never the same number twice, even under concurrent calls. */
  QuoteNumber next(TenantId tenant);
}
