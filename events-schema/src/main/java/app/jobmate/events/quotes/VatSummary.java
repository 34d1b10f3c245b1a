package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;

/** The net amount and VAT of a quote at one VAT code, as a VAT invoice must show them. */
public record VatSummary(VatCode vatCode, BigDecimal ratePercent, Money net, Money vat) {

  public VatSummary(VatCode vatCode, Money net, Money vat) {
    this(vatCode, vatCode.ratePercent(), net, vat);
  }
}
