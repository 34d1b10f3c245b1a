package app.jobmate.events.quotes;

import static app.jobmate.events.quotes.RoundingPolicy.PER_DOCUMENT;
import static app.jobmate.events.quotes.RoundingPolicy.PER_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every figure here was worked out by hand, not by the code under test. */
class QuotePricingTest {

  @Nested
  class A_line_of_a_third {

    private final List<QuoteLine> oneThird = List.of(line("0.333", 100, VatCode.STANDARD));

    @Test
    void is_33p_because_half_a_penny_and_more_rounds_up_and_less_rounds_down() {
      assertThat(QuotePricing.lineAmount(oneThird.getFirst())).isEqualTo(Money.ofPence(33));
    }

    @Test
    void per_line_its_vat_of_6_6p_rounds_to_the_nearest_penny() {
      QuoteTotals totals = QuotePricing.price(oneThird, null, null, PER_LINE);
      assertThat(totals.net()).isEqualTo(Money.ofPence(33));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(7));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(40));
    }

    @Test
    void per_document_its_vat_of_6_6p_rounds_down() {
      QuoteTotals totals = QuotePricing.price(oneThird, null, null, PER_DOCUMENT);
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(39));
    }

    @Test
    void three_of_them_differ_by_two_pence_between_the_policies() {
      List<QuoteLine> three = List.of(line("0.333", 100, VatCode.STANDARD), line("0.333", 100, VatCode.STANDARD),
          line("0.333", 100, VatCode.STANDARD));
      // per line: 3 × 7p; per document: 20% of 99p = 19.8p, down to 19p
      assertThat(QuotePricing.price(three, null, null, PER_LINE).vatTotal()).isEqualTo(Money.ofPence(21));
      assertThat(QuotePricing.price(three, null, null, PER_DOCUMENT).vatTotal()).isEqualTo(Money.ofPence(19));
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
      QuoteTotals totals = QuotePricing.price(lines, null, null, PER_LINE);

      assertThat(totals.vat()).containsExactly(
          new VatSummary(VatCode.STANDARD, Money.ofPence(30_000), Money.ofPence(6_000)),
          new VatSummary(VatCode.REDUCED, Money.ofPence(4_999), Money.ofPence(250)),
          new VatSummary(VatCode.ZERO, Money.ofPence(3_750), Money.ZERO),
          new VatSummary(VatCode.EXEMPT, Money.ofPence(10_000), Money.ZERO),
          new VatSummary(VatCode.REVERSE_CHARGE, Money.ofPence(10_000), Money.ZERO));
      assertThat(totals.net()).isEqualTo(Money.ofPence(58_749));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6_250));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(64_999));
    }

    @Test
    void per_document_rounds_the_whole_vat_down_once() {
      QuoteTotals totals = QuotePricing.price(lines, null, null, PER_DOCUMENT);

      // 6000 + 249.95 = 6249.95p, down to 6249p
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(6_249));
      assertThat(totals.vat()).extracting(VatSummary::vat)
          .containsExactly(Money.ofPence(6_000), Money.ofPence(249), Money.ZERO, Money.ZERO, Money.ZERO);
      assertThat(totals.gross()).isEqualTo(Money.ofPence(64_998));
    }

    @Test
    void shows_reverse_charge_at_the_standard_rate_it_does_not_charge() {
      VatSummary reverse = QuotePricing.price(lines, null, null, PER_LINE).vat().getLast();
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
      QuoteTotals totals = QuotePricing.price(lines, null, null, PER_DOCUMENT);

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

      QuoteTotals totals = QuotePricing.price(List.of(discounted), null, null, PER_LINE);

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

      QuoteTotals totals = QuotePricing.price(List.of(labour, insulation), PercentOrAmount.amount(5_000), null, PER_LINE);

      // before the £50 off: 27000 + 4999 = 31999. Shares: 5000×27000/31999 = 4218.88, 5000×4999/31999 = 781.12;
      // floors 4218 + 781 = 4999, the odd penny to the larger remainder (.88): 4219 and 781.
      // nets 22781 and 4218; VAT 4556.2 -> 4556 and 210.9 -> 211
      assertThat(totals.vat()).containsExactly(
          new VatSummary(VatCode.STANDARD, Money.ofPence(22_781), Money.ofPence(4_556)),
          new VatSummary(VatCode.REDUCED, Money.ofPence(4_218), Money.ofPence(211)));
      assertThat(totals.discount()).isEqualTo(Money.ofPence(8_000));
      assertThat(totals.net()).isEqualTo(Money.ofPence(26_999));
      assertThat(totals.vatTotal()).isEqualTo(Money.ofPence(4_767));
      assertThat(totals.gross()).isEqualTo(Money.ofPence(31_766));
    }

    @Test
    void a_percentage_on_the_whole_rounds_half_a_penny_up() {
      // 12.5% of 333p = 41.625p -> 42p
      QuoteTotals totals = QuotePricing.price(List.of(line("1", 333, VatCode.ZERO)), PercentOrAmount.percent("12.5"),
          null, PER_LINE);
      assertThat(totals.discount()).isEqualTo(Money.ofPence(42));
      assertThat(totals.net()).isEqualTo(Money.ofPence(291));
    }
  }

  @Nested
  class Deposits {

    private final List<QuoteLine> lines = List.of(line("1", 26_471, VatCode.STANDARD)); // gross 26471 + 5294.2 -> 31765

    @Test
    void a_percentage_deposit_is_a_share_of_the_gross_half_a_penny_up() {
      QuoteTotals totals = QuotePricing.price(lines, null, PercentOrAmount.percent("25"), PER_LINE);
      assertThat(totals.gross()).isEqualTo(Money.ofPence(31_765));
      // 25% of 31765 = 7941.25 -> 7941
      assertThat(totals.deposit()).isEqualTo(Money.ofPence(7_941));
    }

    @Test
    void a_fixed_deposit_is_that_amount() {
      QuoteTotals totals = QuotePricing.price(lines, null, PercentOrAmount.amount(10_000), PER_LINE);
      assertThat(totals.deposit()).isEqualTo(Money.ofPence(10_000));
    }

    @Test
    void no_deposit_is_zero() {
      assertThat(QuotePricing.price(lines, null, null, PER_LINE).deposit()).isEqualTo(Money.ZERO);
    }
  }

  @Test
  void totals_always_add_up() {
    List<QuoteLine> lines = List.of(line("1.125", 3_333, VatCode.STANDARD), line("7", 1_999, VatCode.REDUCED),
        line("0.001", 99_999, VatCode.STANDARD), line("13", 77, VatCode.ZERO));
    for (RoundingPolicy policy : RoundingPolicy.values()) {
      QuoteTotals t = QuotePricing.price(lines, PercentOrAmount.percent("7.5"), PercentOrAmount.percent("33.33"), policy);
      assertThat(t.subtotal().minus(t.discount())).isEqualTo(t.net());
      assertThat(t.net().plus(t.vatTotal())).isEqualTo(t.gross());
      assertThat(t.vat().stream().mapToLong(v -> v.net().pence()).sum()).isEqualTo(t.net().pence());
      assertThat(t.vat().stream().mapToLong(v -> v.vat().pence()).sum()).isEqualTo(t.vatTotal().pence());
    }
  }

  private static QuoteLine line(String quantity, long unitPence, VatCode code) {
    return new QuoteLine(lineId(), "Item", Quantity.of(quantity), Money.ofPence(unitPence), code, null, false);
  }

  private static LineId lineId() {
    return new LineId(UUID.randomUUID());
  }
}
