package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;

/**
 * The net amount and VAT of a quote at one VAT code, as a VAT invoice must show them. The rate is
 * the one in force when the totals were computed, so it is kept rather than looked up again.
 */
public record VatSummary(VatCode vatCode, BigDecimal ratePercent, Money net, Money vat) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public VatSummary {
    if (vatCode == null || ratePercent == null || net == null || vat == null) {
      throw new IllegalArgumentException("vatCode, ratePercent, net and vat are required");
    }
    // one scale for equal rates: 20, 20.0 and 2E+1 are the same rate, on the wire and in equals
    ratePercent = ratePercent.stripTrailingZeros();
    if (ratePercent.scale() < 0) {
      ratePercent = ratePercent.setScale(0);
    }
    if (ratePercent.signum() < 0 || ratePercent.compareTo(HUNDRED) > 0 || ratePercent.scale() > 2) {
      throw new IllegalArgumentException("ratePercent must be 0 to 100 with at most 2 decimal places");
    }
    if (net.isNegative() || vat.isNegative()) {
      throw new IllegalArgumentException("net and vat are never negative");
    }
  }

  public VatSummary(VatCode vatCode, Money net, Money vat) {
    this(vatCode, vatCode.ratePercent(), net, vat);
  }
}
