package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.CUSTOMER;
import static app.jobmate.commands.quotes.QuoteSpec.FILTER;
import static app.jobmate.commands.quotes.QuoteSpec.LABOUR;
import static app.jobmate.commands.quotes.QuoteSpec.NUMBER;
import static app.jobmate.commands.quotes.QuoteSpec.QUOTE;
import static app.jobmate.commands.quotes.QuoteSpec.TODAY;
import static app.jobmate.commands.quotes.QuoteSpec.added;
import static app.jobmate.commands.quotes.QuoteSpec.decide;
import static app.jobmate.commands.quotes.QuoteSpec.discounted;
import static app.jobmate.commands.quotes.QuoteSpec.drafted;
import static app.jobmate.commands.quotes.QuoteSpec.given;
import static app.jobmate.commands.quotes.QuoteSpec.issuedWith;
import static app.jobmate.commands.quotes.QuoteSpec.line;
import static app.jobmate.commands.quotes.QuoteSpec.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteTotals;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.quotes.VatSummary;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuingAQuoteTest {

  private static final IssueQuote ISSUE = new IssueQuote(QUOTE, TODAY, NUMBER);

  @Test
  void issuing_a_draft_freezes_its_lines_and_totals_under_the_next_number() {
    List<QuoteEvent> events = decide(given(List.of(drafted()), added(BOILER), added(LABOUR)), ISSUE);

    // boiler £1,850.00 + labour 6.5 h × £45.00 = £292.50; VAT 20% of each
    assertThat(events).containsExactly(new QuoteIssued(QUOTE, NUMBER, 1, CUSTOMER, TODAY, LocalDate.of(2026, 12, 26),
        List.of(BOILER, LABOUR), null, null, RoundingPolicy.PER_LINE,
        new QuoteTotals(Money.ofPence(214_250), Money.ZERO, Money.ofPence(214_250),
            List.of(new VatSummary(VatCode.STANDARD, new java.math.BigDecimal("20"), Money.ofPence(214_250),
                Money.ofPence(42_850))),
            Money.ofPence(42_850), Money.ofPence(257_100), Money.ZERO)));
  }

  @Test
  void optional_lines_are_shown_but_not_counted() {
    QuoteIssued issued = issue(given(List.of(drafted()), added(BOILER), added(FILTER)));

    assertThat(issued.lines()).containsExactly(BOILER, FILTER);
    assertThat(issued.totals().net()).isEqualTo(Money.ofPence(185_000));
  }

  @Test
  void the_tenants_rounding_policy_decides_the_pennies() {
    QuoteLine third = line("333", "Sealant (tube)", "0.333", 100, VatCode.STANDARD);

    assertThat(issue(given(List.of(drafted(RoundingPolicy.PER_LINE)), added(third))).totals().vatTotal())
        .isEqualTo(Money.ofPence(7));
    assertThat(issue(given(List.of(drafted(RoundingPolicy.PER_DOCUMENT)), added(third))).totals().vatTotal())
        .isEqualTo(Money.ofPence(6));
  }

  @Test
  void a_quote_valid_until_a_chosen_date_keeps_it() {
    QuoteIssued issued = issue(given(List.of(drafted()), added(BOILER), changedValidUntil(LocalDate.of(2027, 1, 15))));

    assertThat(issued.validUntil()).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void a_quote_that_would_already_have_expired_is_not_issued() {
    Rejection rejection = rejected(given(List.of(drafted()), added(BOILER), changedValidUntil(TODAY.minusDays(1))), ISSUE);

    assertThat(rejection.code()).isEqualTo("quote.valid-until-past");
  }

  @Test
  void a_quote_is_valid_for_at_most_a_year_from_its_issue() {
    Rejection rejection = rejected(given(List.of(drafted()), added(BOILER), changedValidUntil(TODAY.plusDays(366))), ISSUE);

    assertThat(rejection.code()).isEqualTo("quote.valid-until-too-far");
    assertThat(issue(given(List.of(drafted()), added(BOILER), changedValidUntil(TODAY.plusDays(365)))).validUntil())
        .isEqualTo(TODAY.plusDays(365));
  }

  @Test
  void the_issue_that_takes_the_number_records_the_business_s_prefix_and_a_revision_keeps_its_quote_s() {
    List<QuoteEvent> history = given(List.of(drafted()), added(BOILER));
    QuoteIssued first = (QuoteIssued) decide(history, new IssueQuote(QUOTE, TODAY, NUMBER, true, "ACME-")).getFirst();

    assertThat(first.numberPrefix()).isEqualTo("ACME-");
    assertThat(first.number().display(first.numberPrefix(), first.revision())).isEqualTo("ACME-00042");

    List<QuoteEvent> revised = given(history, first, new QuoteEvent.QuoteRevised(QUOTE, 2));
    QuoteIssued second = (QuoteIssued) decide(revised, new IssueQuote(QUOTE, TODAY, null, true, "NEW-")).getFirst();
    assertThat(second.number()).isEqualTo(NUMBER);
    assertThat(second.numberPrefix()).as("the revision keeps ACME-00042's prefix").isNull();
  }

  @Test
  void a_business_not_vat_registered_on_the_day_issues_without_vat_and_the_quote_says_so() {
    QuoteIssued issued = (QuoteIssued) decide(given(List.of(drafted()), added(BOILER)),
        new IssueQuote(QUOTE, TODAY, NUMBER, false)).getFirst();

    assertThat(issued.totals().vatRegistered()).isFalse();
    assertThat(issued.totals().vat()).isEmpty();
    assertThat(issued.totals().gross()).isEqualTo(Money.ofPence(185_000));
  }

  @Test
  void a_disbursement_and_reverse_charged_work_are_priced_as_the_trade_needs() {
    QuoteLine fee = line("fee", "Building control fee, at cost", "1", 15_000, VatCode.OUTSIDE_SCOPE);
    QuoteLine cis = line("c15", "First fix, CIS", "1", 100_000, VatCode.REVERSE_CHARGE);

    QuoteIssued issued = issue(given(List.of(drafted()), added(fee), added(cis)));

    assertThat(issued.totals().outsideScope()).isEqualTo(Money.ofPence(15_000));
    assertThat(issued.totals().reverseChargeVat()).isEqualTo(Money.ofPence(20_000));
    assertThat(issued.totals().vatTotal()).isEqualTo(Money.ZERO);
    assertThat(issued.totals().gross()).isEqualTo(Money.ofPence(115_000));
  }

  @Test
  void a_quote_needs_a_line_that_counts() {
    assertThat(rejected(List.of(drafted()), ISSUE).code()).isEqualTo("quote.no-lines");
    assertThat(rejected(given(List.of(drafted()), added(FILTER)), ISSUE).code()).isEqualTo("quote.no-lines");
  }

  @Test
  void discounts_and_deposit_are_applied_and_frozen() {
    QuoteLine labourLess10 = discounted(LABOUR, PercentOrAmount.percent("10"));
    QuoteIssued issued = issue(given(List.of(drafted()), added(BOILER), added(labourLess10),
        changedMoney(PercentOrAmount.amount(10_000), PercentOrAmount.percent("25"))));

    // labour 29250 less 10% = 26325; with the boiler 211325; £100 off the whole: 201325; VAT shared per line:
    // boiler 185000 - 100×185000/211325 (8754.28 -> 8754) = 176246 -> VAT 35249.2 -> 35249;
    // labour 26325 - 1245.71 -> 1246 = 25079 -> VAT 5015.8 -> 5016. Gross 201325 + 40265 = 241590; deposit 25% = 60397.5 -> 60398
    assertThat(issued.totals().discount()).isEqualTo(Money.ofPence(2_925 + 10_000));
    assertThat(issued.totals().net()).isEqualTo(Money.ofPence(201_325));
    assertThat(issued.totals().vatTotal()).isEqualTo(Money.ofPence(40_265));
    assertThat(issued.totals().gross()).isEqualTo(Money.ofPence(241_590));
    assertThat(issued.totals().deposit()).isEqualTo(Money.ofPence(60_398));
    assertThat(issued.discount()).isEqualTo(PercentOrAmount.amount(10_000));
    assertThat(issued.deposit()).isEqualTo(PercentOrAmount.percent("25"));
  }

  @Test
  void a_line_discount_larger_than_the_line_is_refused() {
    QuoteLine tooMuch = discounted(LABOUR, PercentOrAmount.amount(29_251));

    assertThat(rejected(given(List.of(drafted()), added(tooMuch)), ISSUE).code()).isEqualTo("quote.discount-exceeds-line");
  }

  @Test
  void a_discount_on_the_whole_larger_than_the_quote_is_refused() {
    var history = given(List.of(drafted()), added(LABOUR), changedMoney(PercentOrAmount.amount(29_251), null));

    Rejection rejection = rejected(history, ISSUE);
    assertThat(rejection.code()).isEqualTo("quote.discount-exceeds-total");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void a_deposit_larger_than_the_gross_is_refused() {
    // labour £292.50 + VAT £58.50 = £351.00
    var history = given(List.of(drafted()), added(LABOUR), changedMoney(null, PercentOrAmount.amount(35_101)));

    assertThat(rejected(history, ISSUE).code()).isEqualTo("quote.deposit-exceeds-total");
    assertThat(decide(given(List.of(drafted()), added(LABOUR), changedMoney(null, PercentOrAmount.amount(35_100))), ISSUE))
        .hasSize(1);
  }

  @Test
  void an_issued_quote_is_not_issued_again() {
    Rejection rejection = rejected(issuedWith(BOILER), ISSUE);

    assertThat(rejection.code()).isEqualTo("quote.not-draft");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  private static QuoteIssued issue(List<QuoteEvent> history) {
    return (QuoteIssued) decide(history, ISSUE).getFirst();
  }

  private static QuoteDetailsChanged changedValidUntil(LocalDate validUntil) {
    QuoteDetails d = QuoteSpec.DETAILS;
    return new QuoteDetailsChanged(QUOTE, d.customerId(), d.siteId(), d.title(), d.notes(), d.terms(), validUntil, null, null);
  }

  private static QuoteDetailsChanged changedMoney(PercentOrAmount discount, PercentOrAmount deposit) {
    QuoteDetails d = QuoteSpec.DETAILS;
    return new QuoteDetailsChanged(QUOTE, d.customerId(), d.siteId(), d.title(), d.notes(), d.terms(), null, discount, deposit);
  }
}
