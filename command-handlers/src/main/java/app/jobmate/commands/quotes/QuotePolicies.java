package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;

/** The tenant's settings that shape its quotes (DOMAIN.md: tenant settings, set by the owner). */
public interface QuotePolicies {

  /** The tenant's policy; a tenant that never chose one gets {@link QuotePolicy#DEFAULT}. */
  QuotePolicy of(TenantId tenant);

  /** VAT rounding, and how many days a quote is valid for unless it says otherwise. */
  record QuotePolicy(RoundingPolicy rounding, int validityDays) {

    public static final QuotePolicy DEFAULT = new QuotePolicy(RoundingPolicy.PER_LINE, 30);
    /** No quote is valid for longer than a year: prices and VAT rates move. */
    public static final int MAX_VALIDITY_DAYS = 365;

    public QuotePolicy {
      if (rounding == null) {
        throw new IllegalArgumentException("rounding is required");
      }
      if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
        throw new IllegalArgumentException("validityDays must be 1 to " + MAX_VALIDITY_DAYS);
      }
    }
  }
}
