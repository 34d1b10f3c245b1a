package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import java.util.List;

/**
 * The totals of a quote, exact to the penny: {@code subtotal - discount = net},
 * {@code net + vatTotal = gross}, and the VAT summaries add up to net and vatTotal.
 */
public record QuoteTotals(Money subtotal, Money discount, Money net, List<VatSummary> vat, Money vatTotal,
                          Money gross, Money deposit) {

  public QuoteTotals {
    vat = List.copyOf(vat);
  }
}
