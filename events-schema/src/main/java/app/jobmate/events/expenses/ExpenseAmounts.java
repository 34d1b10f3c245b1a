package app.jobmate.events.expenses;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;

/**
 * The money of an expense, exact to the penny: its VAT code and the rate that code had on the
 * expense's date, net, VAT and gross ({@code gross = net + vat}), the VAT the business accounts for
 * itself at a reverse-charge code (none is paid to the supplier), and which amount was entered.
 * Only a code that charges VAT has VAT; only a reverse-charge code has reverse-charge VAT.
 */
public record ExpenseAmounts(VatCode vatCode, BigDecimal ratePercent, Money net, Money vat, Money gross,
                             Money reverseChargeVat, AmountEntered entered) {

  /** £1,000,000 entered: far above a small business's single expense. */
  public static final long MAX_PENCE = 100_000_000L;
  /** The entered amount with VAT at a rate up to 100%: what no amount of an expense exceeds. */
  public static final long MAX_AMOUNT_PENCE = 2 * MAX_PENCE;

  public ExpenseAmounts {
    Require.present(vatCode, "vatCode");
    Require.present(ratePercent, "ratePercent");
    Require.present(net, "net");
    Require.present(vat, "vat");
    Require.present(gross, "gross");
    Require.present(entered, "entered");
    reverseChargeVat = reverseChargeVat == null ? Money.ZERO : reverseChargeVat;
    ratePercent = ratePercent.stripTrailingZeros();
    if (ratePercent.scale() < 0) {
      ratePercent = ratePercent.setScale(0);
    }
    if (ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0 || ratePercent.scale() > 2) {
      throw new IllegalArgumentException("ratePercent must be 0 to 100 with at most 2 decimal places");
    }
    for (Money m : new Money[] {net, vat, gross, reverseChargeVat}) {
      if (m.isNegative() || m.pence() > MAX_AMOUNT_PENCE) {
        throw new IllegalArgumentException("net, vat, gross and reverseChargeVat must be 0 to " + MAX_AMOUNT_PENCE
            + " pence");
      }
    }
    if (gross.pence() != net.pence() + vat.pence()) {
      throw new IllegalArgumentException("gross must be net + vat");
    }
    if (!vatCode.charges() && vat.pence() != 0) {
      throw new IllegalArgumentException("no VAT is paid at VAT code " + vatCode.wireName());
    }
    if (!vatCode.reverseCharged() && reverseChargeVat.pence() != 0) {
      throw new IllegalArgumentException("only a reverse-charge code has reverse-charge VAT");
    }
  }
}
