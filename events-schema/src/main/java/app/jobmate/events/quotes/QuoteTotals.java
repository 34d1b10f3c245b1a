package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import java.util.List;

/**
 * The totals of a quote, exact to the penny: {@code subtotal - discount = net},
 * {@code net + vatTotal = gross}; the VAT summaries add up to {@code net - outsideScope} and to
 * vatTotal. No total is negative (a discount is never more than what it discounts); the deposit is
 * zero when the quote asks for none.
 *
 * <p>{@code outsideScope} is the part of the net outside the scope of VAT (disbursements): in the
 * price, in no VAT summary. {@code reverseChargeVat} is the VAT the customer accounts for under the
 * reverse charge: shown, not charged, not in the gross. A business not VAT registered at the tax
 * point ({@code vatRegistered} false) charges and shows no VAT: no summaries, VAT 0, and its
 * documents say so. Older events, priced before these were recorded, read as 0 and registered.
 */
public record QuoteTotals(Money subtotal, Money discount, Money net, List<VatSummary> vat, Money vatTotal,
                          Money gross, Money deposit, Money outsideScope, Money reverseChargeVat,
                          Boolean vatRegistered) {

  public QuoteTotals {
    if (subtotal == null || discount == null || net == null || vat == null || vatTotal == null || gross == null
        || deposit == null) {
      throw new IllegalArgumentException("every total is required");
    }
    vat = List.copyOf(vat);
    outsideScope = outsideScope == null ? Money.ZERO : outsideScope;
    reverseChargeVat = reverseChargeVat == null ? Money.ZERO : reverseChargeVat;
    vatRegistered = vatRegistered == null ? Boolean.TRUE : vatRegistered;
    for (Money amount : List.of(subtotal, discount, net, vatTotal, gross, deposit, outsideScope, reverseChargeVat)) {
      if (amount.isNegative()) {
        throw new IllegalArgumentException("totals are never negative: " + amount);
      }
    }
    if (!vatRegistered && (!vat.isEmpty() || !vatTotal.equals(Money.ZERO))) {
      throw new IllegalArgumentException("a business not VAT registered shows no VAT");
    }
  }

  /** Totals of a VAT-registered business with nothing outside the scope or reverse charged. */
  public QuoteTotals(Money subtotal, Money discount, Money net, List<VatSummary> vat, Money vatTotal, Money gross,
                     Money deposit) {
    this(subtotal, discount, net, vat, vatTotal, gross, deposit, Money.ZERO, Money.ZERO, true);
  }
}
