package app.jobmate.events.expenses;

import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuotePricing;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.quotes.VatTerms;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Net, VAT and gross of an expense from the one amount entered, by the VAT kernel ({@link QuotePricing})
 * priced as a single line at the rates of the expense's date (docs/decisions/expense-amounts.md):
 * <ul>
 *   <li>net entered: VAT is net × rate to the nearest penny, half up (HMRC VATREC12010, per line); gross
 *       is net + VAT;</li>
 *   <li>gross entered: VAT is taken out by the VAT fraction (rate ÷ (100 + rate)) to the nearest penny,
 *       half up; net is gross − VAT, so the gross is exactly what was paid;</li>
 *   <li>zero, exempt, outside the scope: no VAT, net = gross;</li>
 *   <li>reverse charge: the supplier charges no VAT (net = gross); the VAT the business accounts for
 *       itself is net × rate, half up.</li>
 * </ul>
 */
public final class ExpensePricing {

  // the kernel prices lines; an expense is one line, its id irrelevant to the pennies
  private static final LineId LINE = new LineId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L));

  private ExpensePricing() {
  }

  /** The amounts of an expense dated {@code date} at {@code code}, {@code amount} being its net or its gross. */
  public static ExpenseAmounts of(VatCode code, AmountEntered entered, Money amount, LocalDate date) {
    if (amount.isNegative() || amount.pence() > ExpenseAmounts.MAX_PENCE) {
      throw new IllegalArgumentException("the amount must be 0 to " + ExpenseAmounts.MAX_PENCE + " pence");
    }
    QuoteLine line = new QuoteLine(LINE, "expense", Quantity.of("1"), amount, code, null, false,
        entered == AmountEntered.GROSS);
    QuoteTotals totals = QuotePricing.price(List.of(line), null, null,
        new VatTerms(RoundingPolicy.PER_LINE, date, true));
    return new ExpenseAmounts(code, code.ratePercentOn(date), totals.net(), totals.vatTotal(), totals.gross(),
        totals.reverseChargeVat(), entered);
  }
}
