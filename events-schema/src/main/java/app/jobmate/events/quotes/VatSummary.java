package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;

/**
 * The net amount and VAT of a document at one VAT code, as a VAT invoice must show them. The rate is
 * the one in force at the document's tax point, so it is kept rather than looked up again. At a
 * reverse-charge code no VAT is charged ({@code vat} is 0) and {@code reverseChargeVat} is the VAT
 * the customer must account for; at every other code it is 0.
 */
public record VatSummary(VatCode vatCode, BigDecimal ratePercent, Money net, Money vat, Money reverseChargeVat) {

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
    reverseChargeVat = reverseChargeVat == null ? Money.ZERO : reverseChargeVat;
    if (net.isNegative() || vat.isNegative() || reverseChargeVat.isNegative()) {
      throw new IllegalArgumentException("net, vat and reverseChargeVat are never negative");
    }
    if (vatCode.reverseCharged() && !vat.equals(Money.ZERO)) {
      throw new IllegalArgumentException("no VAT is charged at a reverse-charge code");
    }
    if (!vatCode.reverseCharged() && !reverseChargeVat.equals(Money.ZERO)) {
      throw new IllegalArgumentException("only a reverse-charge code has VAT the customer accounts for");
    }
  }

  public VatSummary(VatCode vatCode, BigDecimal ratePercent, Money net, Money vat) {
    this(vatCode, ratePercent, net, vat, Money.ZERO);
  }
}
