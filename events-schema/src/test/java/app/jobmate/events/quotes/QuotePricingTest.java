package app.jobmate.events.quotes;

import static app.jobmate.events.quotes.RoundingPolicy.PER_DOCUMENT;
import static app.jobmate.events.quotes.RoundingPolicy.PER_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every figure here was worked out by hand, not by the code under test. */
class QuotePricingTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-26");

  @Nested
  class A_line_of_a_third {

    private final List<QuoteLine> oneThird = List.of(line("0.333", 100, VatCode.STANDARD));

    @Test
    void is_33p_because_half_a_penny_and_more_rounds_up_and_less_rounds_down() {
      assertThat(QuotePricing.lineAmount(oneThird.getFirst())).isEqualTo(Money.ofPence(33));
    }

    @Test
    void per_line_its_vat_of_6_6p_rounds_to_the_nearest_penny() {
      QuoteTotals totals = QuotePricing.price(oneThird, null, null, terms(PER_LINE));
      assertThat(totals.net()).isEqualTo(Money.ofPence(33));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(7));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(40));
    }

    @Test
    void per_document_its_vat_of_6_6p_rounds_down() {
      QuoteTotals totals = QuotePricing.price(oneThird, null, null, terms(PER_DOCUMENT));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(39));
    }

    @Test
    void three_of_them_differ_by_two_pence_between_the_policies() {
      List<QuoteLine> three = List.of(line("0.333", 100, VatCode.STANDARD), line("0.333", 100, VatCode.STANDARD),
          line("0.333", 100, VatCode.STANDARD));
      // per line: 3 × 7p; per document: 20% of 99p = 19.8p, down to 19p
      assertThat(QuotePricing.price(three, null, null, terms(PER_LINE)).vatTotal()).isEqualTo(Money.ofPence(21));
      assertThat(QuotePricing.price(three, null, null, terms(PER_DOCUMENT)).vatTotal()).isEqualTo(Money.ofPence(19));
    }
  }

  @Nested
  class Several_rates_on_one_quote {

    private final List<QuoteLine> lines = List.of(
        line("2", 15_000, VatCode.STANDARD),       // £300.00, VAT £60.00
        line("1", 4_999, VatCode.REDUCED),         // £49.99, VAT 249.95p
        line("3", 1_250, VatCode.ZERO),            // £37.50
        line("1", 10_000, VatCode.EXEMPT),         // £100.00
        line("4", 2_500, VatCode.REVERSE_CHARGE)); // £100.00, the customer accounts for the VAT

    @Test
    void per_line_shows_each_code_with_its_own_vat() {
      QuoteTotals totals = QuotePricing.price(lines, null, null, terms(PER_LINE));

      assertThat(totals.vat()).containsExactly(
          summary(VatCode.STANDARD, Money.ofPence(30_000), Money.ofPence(6_000)),
          summary(VatCode.REDUCED, Money.ofPence(4_999), Money.ofPence(250)),
          summary(VatCode.ZERO, Money.ofPence(3_750), Money.ZERO),
          summary(VatCode.EXEMPT, Money.ofPence(10_000), Money.ZERO),
          new VatSummary(VatCode.REVERSE_CHARGE, new java.math.BigDecimal("20"), Money.ofPence(10_000), Money.ZERO,
              Money.ofPence(2_000)));
      assertThat(totals.reverseChargeVat()).isEqualTo(Money.ofPence(2_000));
      assertThat(totals.net()).isEqualTo(Money.ofPence(58_749));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6_250));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(64_999));
    }

    @Test
    void per_document_rounds_the_whole_vat_down_once() {
      QuoteTotals totals = QuotePricing.price(lines, null, null, terms(PER_DOCUMENT));

      // 6000 + 249.95 = 6249.95p, down to 6249p
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6_249));
      assertThat(totals.vat()).extracting(VatSummary::vat)
          .containsExactly(Money.ofPence(6_000), Money.ofPence(249), Money.ZERO, Money.ZERO, Money.ZERO);
      assertThat(totals.gross()).isEqualTo(Money.ofPence(64_998));
    }

    @Test
    void shows_reverse_charge_at_the_standard_rate_it_does_not_charge() {
      VatSummary reverse = QuotePricing.price(lines, null, null, terms(PER_LINE)).vat().getLast();
      assertThat(reverse.ratePercent()).isEqualByComparingTo("20");
      assertThat(reverse.vat()).isEqualTo(Money.ZERO);
    }
  }

  @Nested
  class Per_document_vat_summaries {

    @Test
    void add_up_to_the_rounded_down_total_with_the_odd_penny_on_the_largest_remainder() {
      // 9p at 20% is 1.8p of VAT; 19p at 5% is 0.95p
      List<QuoteLine> lines = List.of(line("1", 9, VatCode.STANDARD), line("1", 19, VatCode.REDUCED));
      QuoteTotals totals = QuotePricing.price(lines, null, null, terms(PER_DOCUMENT));

      // exact 1.8p + 0.95p = 2.75p, down to 2p; floors 1p + 0p leave 1p for the larger remainder (0.95 > 0.8)
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(2));
      assertThat(totals.vat()).extracting(VatSummary::vat).containsExactly(Money.ofPence(1), Money.ofPence(1));
    }
  }

  @Nested
  class Discounts {

    @Test
    void a_line_discount_comes_off_that_line_before_vat() {
      QuoteLine discounted = new QuoteLine(lineId(), "Boiler service", Quantity.of("2"), Money.ofPence(15_000),
          VatCode.STANDARD, PercentOrAmount.percent("10"), false);

      QuoteTotals totals = QuotePricing.price(List.of(discounted), null, null, terms(PER_LINE));

      assertThat(totals.subtotal()).isEqualTo(Money.ofPence(30_000));
      assertThat(totals.discount()).isEqualTo(Money.ofPence(3_000));
      assertThat(totals.net()).isEqualTo(Money.ofPence(27_000));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(5_400));
    }

    @Test
    void a_discount_on_the_whole_is_shared_across_rates_so_vat_is_on_the_discounted_price() {
      QuoteLine labour = new QuoteLine(lineId(), "Labour", Quantity.of("2"), Money.ofPence(15_000), VatCode.STANDARD,
          PercentOrAmount.percent("10"), false);
      QuoteLine insulation = line("1", 4_999, VatCode.REDUCED);

      QuoteTotals totals = QuotePricing.price(List.of(labour, insulation), PercentOrAmount.amount(5_000), null, terms(PER_LINE));

      // before the £50 off: 27000 + 4999 = 31999. Shares: 5000×27000/31999 = 4218.88, 5000×4999/31999 = 781.12;
      // floors 4218 + 781 = 4999, the odd penny to the larger remainder (.88): 4219 and 781.
      // nets 22781 and 4218; VAT 4556.2 -> 4556 and 210.9 -> 211
      assertThat(totals.vat()).containsExactly(
          summary(VatCode.STANDARD, Money.ofPence(22_781), Money.ofPence(4_556)),
          summary(VatCode.REDUCED, Money.ofPence(4_218), Money.ofPence(211)));
      assertThat(totals.discount()).isEqualTo(Money.ofPence(8_000));
      assertThat(totals.net()).isEqualTo(Money.ofPence(26_999));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(4_767));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(31_766));
    }

    @Test
    void a_percentage_on_the_whole_rounds_half_a_penny_up() {
      // 12.5% of 333p = 41.625p -> 42p
      QuoteTotals totals = QuotePricing.price(List.of(line("1", 333, VatCode.ZERO)), PercentOrAmount.percent("12.5"),
          null, terms(PER_LINE));
      assertThat(totals.discount()).isEqualTo(Money.ofPence(42));
      assertThat(totals.net()).isEqualTo(Money.ofPence(291));
    }
  }

  @Nested
  class Deposits {

    private final List<QuoteLine> lines = List.of(line("1", 26_471, VatCode.STANDARD)); // gross 26471 + 5294.2 -> 31765

    @Test
    void a_percentage_deposit_is_a_share_of_the_gross_half_a_penny_up() {
      QuoteTotals totals = QuotePricing.price(lines, null, PercentOrAmount.percent("25"), terms(PER_LINE));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(31_765));
      // 25% of 31765 = 7941.25 -> 7941
      assertThat(totals.deposit()).isEqualTo(Money.ofPence(7_941));
    }

    @Test
    void a_fixed_deposit_is_that_amount() {
      QuoteTotals totals = QuotePricing.price(lines, null, PercentOrAmount.amount(10_000), terms(PER_LINE));
      assertThat(totals.deposit()).isEqualTo(Money.ofPence(10_000));
    }

    @Test
    void no_deposit_is_zero() {
      assertThat(QuotePricing.price(lines, null, null, terms(PER_LINE)).deposit()).isEqualTo(Money.ZERO);
    }
  }

  @Test
  void totals_always_add_up() {
    List<QuoteLine> lines = List.of(line("1.125", 3_333, VatCode.STANDARD), line("7", 1_999, VatCode.REDUCED),
        line("0.001", 99_999, VatCode.STANDARD), line("13", 77, VatCode.ZERO));
    for (RoundingPolicy policy : RoundingPolicy.values()) {
      QuoteTotals t = QuotePricing.price(lines, PercentOrAmount.percent("7.5"), PercentOrAmount.percent("33.33"), terms(policy));
      assertThat(t.subtotal().minus(t.discount())).isEqualTo(t.net());
      assertThat(t.net().plus(t.vatTotal())).isEqualTo(t.gross());
      assertThat(t.vat().stream().mapToLong(v -> v.net().pence()).sum()).isEqualTo(t.net().minus(t.outsideScope()).pence());
      assertThat(t.vat().stream().mapToLong(v -> v.vat().pence()).sum()).isEqualTo(t.vatTotal().pence());
    }
  }

  @Nested
  class Outside_the_scope_of_vat {

    // a boiler fitted (£1,850.00 at 20%) and the building-control fee passed on at cost (£150.00)
    private final List<QuoteLine> lines = List.of(line("1", 185_000, VatCode.STANDARD),
        line("1", 15_000, VatCode.OUTSIDE_SCOPE));

    @Test
    void a_disbursement_is_in_the_price_but_in_no_vat_summary_or_total() {
      for (RoundingPolicy policy : RoundingPolicy.values()) {
        QuoteTotals totals = QuotePricing.price(lines, null, null, terms(policy));

        assertThat(totals.vat()).containsExactly(summary(VatCode.STANDARD, Money.ofPence(185_000), Money.ofPence(37_000)));
        assertThat(totals.outsideScope()).isEqualTo(Money.ofPence(15_000));
        assertThat(totals.net()).isEqualTo(Money.ofPence(200_000));
        assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(37_000));
        assertThat(totals.gross()).isEqualTo(Money.ofPence(237_000));
      }
    }
  }

  @Nested
  class Reverse_charge {

    // CIS work for a VAT-registered contractor: £1,000.00 at the standard rate, £400.00 at the reduced rate
    private final List<QuoteLine> lines = List.of(line("1", 100_000, VatCode.REVERSE_CHARGE),
        line("2", 20_000, VatCode.REVERSE_CHARGE_REDUCED));

    @Test
    void charges_no_vat_and_shows_what_the_customer_accounts_for_at_each_rate() {
      QuoteTotals totals = QuotePricing.price(lines, null, null, terms(PER_LINE));

      assertThat(totals.vat()).containsExactly(
          new VatSummary(VatCode.REVERSE_CHARGE, new java.math.BigDecimal("20"), Money.ofPence(100_000), Money.ZERO,
              Money.ofPence(20_000)),
          new VatSummary(VatCode.REVERSE_CHARGE_REDUCED, new java.math.BigDecimal("5"), Money.ofPence(40_000), Money.ZERO,
              Money.ofPence(2_000)));
      assertThat(totals.vatTotal()).isEqualTo(Money.ZERO);
      assertThat(totals.reverseChargeVat()).isEqualTo(Money.ofPence(22_000));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(140_000));
    }
  }

  @Nested
  class A_business_not_vat_registered {

    @Test
    void charges_and_shows_no_vat_whatever_the_codes() {
      List<QuoteLine> lines = List.of(line("1", 185_000, VatCode.STANDARD), line("1", 4_999, VatCode.REDUCED));

      QuoteTotals totals = QuotePricing.price(lines, null, PercentOrAmount.percent("10"),
          new VatTerms(PER_LINE, TODAY, false));

      assertThat(totals.vatRegistered()).isFalse();
      assertThat(totals.vat()).isEmpty();
      assertThat(totals.vatTotal()).isEqualTo(Money.ZERO);
      assertThat(totals.gross()).isEqualTo(Money.ofPence(189_999));
      // 10% of 189999 = 18999.9 -> 19000
      assertThat(totals.deposit()).isEqualTo(Money.ofPence(19_000));
    }

    @Test
    void takes_a_price_entered_including_vat_as_the_price() {
      QuoteLine inclusive = new QuoteLine(lineId(), "Service", Quantity.of("1"), Money.ofPence(12_000), VatCode.STANDARD,
          null, false, true);

      QuoteTotals totals = QuotePricing.price(List.of(inclusive), null, null, new VatTerms(PER_LINE, TODAY, false));

      assertThat(totals.net()).isEqualTo(Money.ofPence(12_000));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(12_000));
    }
  }

  @Nested
  class Rates_by_date {

    private final List<QuoteLine> lines = List.of(line("1", 10_000, VatCode.STANDARD));

    @Test
    void a_tax_point_before_4_january_2011_takes_the_17_5_percent_rate_then_in_force() {
      QuoteTotals before = QuotePricing.price(lines, null, null, new VatTerms(PER_LINE, LocalDate.of(2011, 1, 3), true));
      QuoteTotals after = QuotePricing.price(lines, null, null, new VatTerms(PER_LINE, LocalDate.of(2011, 1, 4), true));

      assertThat(before.vatTotal()).isEqualTo(Money.ofPence(1_750));
      assertThat(before.vat().getFirst().ratePercent()).isEqualByComparingTo("17.5");
      assertThat(after.vatTotal()).isEqualTo(Money.ofPence(2_000));
      assertThat(after.vat().getFirst().ratePercent()).isEqualByComparingTo("20");
    }
  }

  @Nested
  class Prices_entered_including_vat {

    private QuoteLine inclusive(String quantity, long unitPence, VatCode code, PercentOrAmount discount) {
      return new QuoteLine(lineId(), "Item", Quantity.of(quantity), Money.ofPence(unitPence), code, discount, false, true);
    }

    @Test
    void the_customer_pays_exactly_the_price_entered_and_the_vat_is_its_fraction_half_a_penny_up() {
      // £99.99 at 20%: VAT 9999 × 20/120 = 1666.5p -> 1667p; net 8332p; whatever the policy
      for (RoundingPolicy policy : RoundingPolicy.values()) {
        QuoteTotals totals = QuotePricing.price(List.of(inclusive("1", 9_999, VatCode.STANDARD, null)), null, null,
            terms(policy));

        assertThat(totals.gross()).isEqualTo(Money.ofPence(9_999));
        assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(1_667));
        assertThat(totals.net()).isEqualTo(Money.ofPence(8_332));
        assertThat(totals.subtotal()).isEqualTo(Money.ofPence(8_332));
      }
    }

    @Test
    void a_discount_comes_off_the_price_including_vat_and_the_vat_is_taken_from_what_is_left() {
      // £120.00 inc. VAT, 10% off: £108.00; VAT 108 × 1/6 = £18.00; net £90.00. Before the discount: net £100.00
      QuoteTotals totals = QuotePricing.price(List.of(inclusive("1", 12_000, VatCode.STANDARD,
          PercentOrAmount.percent("10"))), null, null, terms(PER_LINE));

      assertThat(totals.gross()).isEqualTo(Money.ofPence(10_800));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(1_800));
      assertThat(totals.subtotal()).isEqualTo(Money.ofPence(10_000));
      assertThat(totals.discount()).isEqualTo(Money.ofPence(1_000));
    }

    @Test
    void mixed_with_lines_before_vat_per_document_rounding_applies_to_those_lines_only() {
      // inclusive £10.50 at 5%: VAT 1050 × 5/105 = 50p, net £10.00;
      // exclusive 0.333 × £1.00 = 33p at 20%: 6.6p, rounded down per document to 6p
      List<QuoteLine> lines = List.of(inclusive("1", 1_050, VatCode.REDUCED, null), line("0.333", 100, VatCode.STANDARD));

      QuoteTotals totals = QuotePricing.price(lines, null, null, terms(PER_DOCUMENT));

      assertThat(totals.vat()).containsExactly(summary(VatCode.STANDARD, Money.ofPence(33), Money.ofPence(6)),
          summary(VatCode.REDUCED, Money.ofPence(1_000), Money.ofPence(50)));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(1_089));
    }

    @Test
    void a_price_including_vat_at_a_code_that_charges_none_is_the_net() {
      QuoteTotals totals = QuotePricing.price(List.of(inclusive("1", 5_000, VatCode.EXEMPT, null),
          inclusive("1", 5_000, VatCode.REVERSE_CHARGE, null)), null, null, terms(PER_LINE));

      assertThat(totals.net()).isEqualTo(Money.ofPence(10_000));
      assertThat(totals.vatTotal()).isEqualTo(Money.ZERO);
      assertThat(totals.reverseChargeVat()).isEqualTo(Money.ofPence(1_000));
    }
  }

  @Nested
  class Warnings_on_a_draft {

    @Test
    void a_fixed_discount_or_deposit_larger_than_what_it_applies_to_is_capped_and_said() {
      QuoteLine small = new QuoteLine(lineId(), "Washer", Quantity.of("1"), Money.ofPence(50), VatCode.STANDARD,
          PercentOrAmount.amount(80), false);
      List<QuoteLine> lines = List.of(small, line("1", 1_000, VatCode.STANDARD));

      List<PricingWarning> warnings = QuotePricing.warnings(lines, PercentOrAmount.amount(5_000),
          PercentOrAmount.amount(100_000), terms(PER_LINE));
      QuoteTotals capped = QuotePricing.price(lines, PercentOrAmount.amount(5_000), PercentOrAmount.amount(100_000),
          terms(PER_LINE));

      assertThat(warnings).extracting(PricingWarning::code).containsExactly(PricingWarning.LINE_DISCOUNT_CAPPED,
          PricingWarning.DISCOUNT_CAPPED, PricingWarning.DEPOSIT_CAPPED);
      assertThat(warnings.getFirst().lineId()).isEqualTo(small.lineId());
      assertThat(capped.net()).isEqualTo(Money.ZERO);
      assertThat(capped.deposit()).isEqualTo(capped.gross());
    }

    @Test
    void a_quote_within_its_amounts_has_none() {
      assertThat(QuotePricing.warnings(List.of(line("1", 1_000, VatCode.STANDARD)), PercentOrAmount.amount(100),
          PercentOrAmount.amount(200), terms(PER_LINE))).isEmpty();
    }
  }

  @Test
  void the_largest_lines_a_quote_may_hold_price_without_overflow() {
    List<QuoteLine> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 500; i++) {
      lines.add(line("1000", 1_000_000, i % 2 == 0 ? VatCode.STANDARD : VatCode.REVERSE_CHARGE)); // £10,000,000 each
    }
    for (RoundingPolicy policy : RoundingPolicy.values()) {
      QuoteTotals t = QuotePricing.price(lines, PercentOrAmount.percent("0.01"), PercentOrAmount.percent("100"),
          terms(policy));
      assertThat(t.net().plus(t.vatTotal())).isEqualTo(t.gross());
      assertThat(t.gross().pence()).isGreaterThan(500_000_000_000L);
    }
  }

  @Test
  void a_line_of_more_than_ten_million_pounds_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> line("1000000", 100_000_000, VatCode.STANDARD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("£10,000,000");
  }

  /** Today's rates (since 4 January 2011), VAT registered. */
  static VatTerms terms(RoundingPolicy policy) {
    return new VatTerms(policy, TODAY, true);
  }

  static VatSummary summary(VatCode code, Money net, Money vat) {
    return new VatSummary(code, code.ratePercentOn(TODAY), net, vat);
  }

  private static QuoteLine line(String quantity, long unitPence, VatCode code) {
    return new QuoteLine(lineId(), "Item", Quantity.of(quantity), Money.ofPence(unitPence), code, null, false);
  }

  private static LineId lineId() {
    return new LineId(UUID.randomUUID());
  }
}
