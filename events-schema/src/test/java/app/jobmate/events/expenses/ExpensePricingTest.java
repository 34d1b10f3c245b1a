package app.jobmate.events.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpensePricingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  @Test
  void a_net_amount_at_the_standard_rate_gets_its_vat_to_the_nearest_penny_half_up() {
    ExpenseAmounts a = ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(4_999), DAY);

    // 4999 × 20% = 999.8 → 1000
    assertThat(a.vat()).isEqualTo(Money.ofPence(1_000));
    assertThat(a.gross()).isEqualTo(Money.ofPence(5_999));
    assertThat(a.ratePercent()).isEqualByComparingTo("20");
  }

  @Test
  void a_gross_amount_keeps_exactly_what_was_paid_and_takes_the_vat_out_by_the_vat_fraction() {
    ExpenseAmounts a = ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(1_001), DAY);

    // 1001 / 6 = 166.83 → 167
    assertThat(a.vat()).isEqualTo(Money.ofPence(167));
    assertThat(a.net()).isEqualTo(Money.ofPence(834));
    assertThat(a.gross()).isEqualTo(Money.ofPence(1_001));
  }

  @Test
  void the_reduced_rate_and_the_rate_of_the_expense_s_date_apply() {
    assertThat(ExpensePricing.of(VatCode.REDUCED, AmountEntered.NET, Money.ofPence(1_010), DAY).vat())
        .isEqualTo(Money.ofPence(51)); // 50.5 → 51
    ExpenseAmounts in2010 = ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(1_000),
        LocalDate.of(2010, 6, 1));
    assertThat(in2010.ratePercent()).isEqualByComparingTo(new BigDecimal("17.5"));
    assertThat(in2010.vat()).isEqualTo(Money.ofPence(175));
  }

  @Test
  void zero_exempt_and_outside_the_scope_pay_no_vat_whichever_amount_is_entered() {
    for (VatCode code : new VatCode[] {VatCode.ZERO, VatCode.EXEMPT, VatCode.OUTSIDE_SCOPE}) {
      for (AmountEntered entered : AmountEntered.values()) {
        ExpenseAmounts a = ExpensePricing.of(code, entered, Money.ofPence(12_345), DAY);
        assertThat(a.vat()).as(code + " " + entered).isEqualTo(Money.ZERO);
        assertThat(a.net()).isEqualTo(a.gross()).isEqualTo(Money.ofPence(12_345));
        assertThat(a.reverseChargeVat()).isEqualTo(Money.ZERO);
      }
    }
  }

  @Test
  void a_reverse_charge_purchase_pays_no_vat_and_shows_the_vat_the_business_accounts_for() {
    ExpenseAmounts a = ExpensePricing.of(VatCode.REVERSE_CHARGE, AmountEntered.GROSS, Money.ofPence(100_003), DAY);

    assertThat(a.vat()).isEqualTo(Money.ZERO);
    assertThat(a.net()).isEqualTo(a.gross()).isEqualTo(Money.ofPence(100_003));
    assertThat(a.reverseChargeVat()).isEqualTo(Money.ofPence(20_001)); // 20000.6 → 20001
  }

  @Test
  void for_any_amount_gross_is_net_plus_vat_and_entering_the_derived_gross_gives_back_the_vat() {
    Random random = new Random(20261206);
    for (int i = 0; i < 5_000; i++) {
      long pence = 1 + random.nextLong(ExpenseAmounts.MAX_PENCE);
      VatCode code = VatCode.values()[random.nextInt(VatCode.values().length)];
      ExpenseAmounts fromNet = ExpensePricing.of(code, AmountEntered.NET, Money.ofPence(pence), DAY);
      assertThat(fromNet.gross().pence()).isEqualTo(fromNet.net().pence() + fromNet.vat().pence());
      assertThat(fromNet.net().pence()).isEqualTo(pence);
      ExpenseAmounts fromGross = ExpensePricing.of(code, AmountEntered.GROSS, Money.ofPence(pence), DAY);
      assertThat(fromGross.gross().pence()).isEqualTo(pence);
      // the VAT of a gross is within half a penny of the exact VAT fraction
      BigDecimal exact = BigDecimal.valueOf(pence).multiply(fromGross.ratePercent())
          .divide(fromGross.ratePercent().add(BigDecimal.valueOf(100)), 10, java.math.RoundingMode.HALF_UP);
      assertThat(BigDecimal.valueOf(fromGross.vat().pence()).subtract(code.charges() ? exact : BigDecimal.ZERO).abs())
          .isLessThanOrEqualTo(new BigDecimal("0.5"));
    }
  }

  @Test
  void an_amount_over_a_million_pounds_is_refused() {
    assertThatThrownBy(() -> ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET,
        Money.ofPence(ExpenseAmounts.MAX_PENCE + 1), DAY)).isInstanceOf(IllegalArgumentException.class);
  }
}
