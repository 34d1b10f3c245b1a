package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import java.util.List;

/**
 * The totals of a quote, exact to the penny: {@code subtotal - discount = net},
 * {@code net + vatTotal = gross}, and the VAT summaries add up to net and vatTotal.
 * No total is negative (a discount is never more than what it discounts); the deposit is zero
 * when the quote asks for none.
 */
public record QuoteTotals(Money subtotal, Money discount, Money net, List<VatSummary> vat, Money vatTotal,
                          Money gross, Money deposit) {

  public QuoteTotals {
    if (subtotal == null || discount == null || net == null || vat == null || vatTotal == null || gross == null
        || deposit == null) {
      throw new IllegalArgumentException("every total is required");
    }
    vat = List.copyOf(vat);
    for (Money amount : List.of(subtotal, discount, net, vatTotal, gross, deposit)) {
      if (amount.isNegative()) {
        throw new IllegalArgumentException("totals are never negative: " + amount);
      }
    }
  }
}
