package app.jobmate.commands.quotes;

import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;

/** The tenant's settings that shape its quotes (docs/business-rules.md: tenant settings, set by the owner). */
public interface QuotePolicies {

  /** The tenant's policy; a tenant that never chose one gets {@link QuotePolicy#DEFAULT}. */
  QuotePolicy of(TenantId tenant);

  /**
   * VAT rounding, how many days a quote is valid for unless it says otherwise, and the day the
   * business became VAT registered ({@code null}: it is not; a business is registered from a date,
   * and a document is priced by its registration on its tax point).
   */
  /** @param numberPrefix what the business puts in front of its quote numbers; absent: the default ({@code Q-}) */
  record QuotePolicy(RoundingPolicy rounding, int validityDays, LocalDate vatRegisteredFrom, String numberPrefix) {

    /** When VAT began in the UK: "registered from" it is registered for every document Jobmate prices. */
    public static final LocalDate ALWAYS = LocalDate.of(1973, 4, 1);
    public static final QuotePolicy DEFAULT = new QuotePolicy(RoundingPolicy.PER_LINE, 30, ALWAYS);
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

    /** A VAT-registered business's policy. */
    public QuotePolicy(RoundingPolicy rounding, int validityDays) {
      this(rounding, validityDays, ALWAYS);
    }

    /** A policy with the default quote number prefix. */
    public QuotePolicy(RoundingPolicy rounding, int validityDays, LocalDate vatRegisteredFrom) {
      this(rounding, validityDays, vatRegisteredFrom, null);
    }

    public boolean vatRegisteredOn(LocalDate day) {
      return vatRegisteredFrom != null && !day.isBefore(vatRegisteredFrom);
    }
  }
}
