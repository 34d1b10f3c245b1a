package app.jobmate.events.quotes;

import java.time.LocalDate;

/**
 * How VAT applies to a document when it is priced: the tenant's rounding policy, the tax point
 * (whose date fixes the rates: {@code VatRates}) and whether the business was VAT registered on it.
 */
public record VatTerms(RoundingPolicy rounding, LocalDate taxPoint, boolean registered) {

  public VatTerms {
    if (rounding == null || taxPoint == null) {
      throw new IllegalArgumentException("a rounding policy and a tax point are required");
    }
  }
}
