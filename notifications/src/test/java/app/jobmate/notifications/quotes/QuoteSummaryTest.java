package app.jobmate.notifications.quotes;

import static app.jobmate.notifications.TestEvents.QUOTE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteRevised;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import app.jobmate.notifications.TestEvents;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteSummaryTest {

  private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("0193a5b2-7c41-7d2e-9f3a-00000000c001"));

  @Test
  void the_reference_shows_the_prefix_the_number_was_taken_with_through_a_revision_whatever_the_order() {
    List<QuoteLine> lines = List.of(new QuoteLine(new LineId(UUID.randomUUID()), "Units", Quantity.of("1"),
        Money.ofPence(450_000), VatCode.STANDARD, null, false));
    QuoteIssued first = new QuoteIssued(QUOTE, QuoteNumber.of(42), 1, CUSTOMER, LocalDate.parse("2026-11-26"),
        LocalDate.parse("2026-12-26"), lines, null, null, RoundingPolicy.PER_LINE, TestEvents.totals(540_000), "ACME-");
    QuoteIssued second = new QuoteIssued(QUOTE, QuoteNumber.of(42), 2, CUSTOMER, LocalDate.parse("2026-11-28"),
        LocalDate.parse("2026-12-28"), lines, null, null, RoundingPolicy.PER_LINE, TestEvents.totals(540_000));
    QuoteRevised revised = new QuoteRevised(QUOTE, 2);

    QuoteSummary inOrder = QuoteSummary.empty(QUOTE).apply(3, first).apply(4, revised).apply(5, second);
    QuoteSummary backwards = QuoteSummary.empty(QUOTE).apply(5, second).apply(4, revised).apply(3, first);

    assertThat(inOrder.reference()).isEqualTo("ACME-00042/2");
    assertThat(backwards).isEqualTo(inOrder);
  }

  @Test
  void a_quote_summary_holds_the_latest_title_its_number_and_revision_whatever_the_order() {
    QuoteDrafted drafted = new QuoteDrafted(QUOTE, CUSTOMER, null, "Kitchen", null, null, null, null, null,
        RoundingPolicy.PER_LINE, 30);
    QuoteDetailsChanged renamed = new QuoteDetailsChanged(QUOTE, CUSTOMER, null, "Kitchen refit", null, null, null,
        null, null);
    QuoteIssued issued = new QuoteIssued(QUOTE, QuoteNumber.of(42), 1, CUSTOMER, LocalDate.parse("2026-11-26"),
        LocalDate.parse("2026-12-26"), List.of(new QuoteLine(new LineId(UUID.randomUUID()), "Units", Quantity.of("1"),
            Money.ofPence(450_000), VatCode.STANDARD, null, false)), null, null, RoundingPolicy.PER_LINE,
        TestEvents.totals(540_000));
    QuoteRevised revised = new QuoteRevised(QUOTE, 2);

    QuoteSummary inOrder = QuoteSummary.empty(QUOTE).apply(1, drafted).apply(2, renamed).apply(3, issued).apply(4, revised);
    QuoteSummary backwards = QuoteSummary.empty(QUOTE).apply(4, revised).apply(3, issued).apply(2, renamed).apply(1, drafted);

    assertThat(backwards).isEqualTo(inOrder);
    assertThat(inOrder.title()).isEqualTo("Kitchen refit");
    assertThat(inOrder.reference()).isEqualTo("Q-00042/2");
  }
}
