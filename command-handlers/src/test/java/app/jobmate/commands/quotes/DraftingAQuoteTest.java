package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.DETAILS;
import static app.jobmate.commands.quotes.QuoteSpec.LABOUR;
import static app.jobmate.commands.quotes.QuoteSpec.QUOTE;
import static app.jobmate.commands.quotes.QuoteSpec.added;
import static app.jobmate.commands.quotes.QuoteSpec.decide;
import static app.jobmate.commands.quotes.QuoteSpec.drafted;
import static app.jobmate.commands.quotes.QuoteSpec.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.RoundingPolicy;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DraftingAQuoteTest {

  @Test
  void drafting_records_the_details_with_the_tenants_rounding_policy_and_validity() {
    List<QuoteEvent> events = decide(List.of(), new DraftQuote(QUOTE, DETAILS, List.of(), RoundingPolicy.PER_LINE, 30));

    assertThat(events).containsExactly(drafted());
  }

  @Test
  void first_lines_arrive_with_the_draft_in_order() {
    List<QuoteEvent> events = decide(List.of(), new DraftQuote(QUOTE, DETAILS, List.of(BOILER, LABOUR), RoundingPolicy.PER_LINE, 30));

    assertThat(events).containsExactly(drafted(), added(BOILER), added(LABOUR));
  }

  @Test
  void a_quote_id_is_drafted_once() {
    Rejection rejection = rejected(List.of(drafted()), new DraftQuote(QUOTE, DETAILS, List.of(), RoundingPolicy.PER_LINE, 30));

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(rejection.code()).isEqualTo("quote.already-exists");
  }

  @Test
  void the_same_line_id_twice_is_refused() {
    Rejection rejection = rejected(List.of(), new DraftQuote(QUOTE, DETAILS, List.of(BOILER, BOILER), RoundingPolicy.PER_LINE, 30));

    assertThat(rejection.code()).isEqualTo("quote.duplicate-line");
  }

  @Test
  void more_than_500_lines_are_refused() {
    List<QuoteLine> lines = IntStream.range(0, QuoteDecider.MAX_LINES + 1)
        .mapToObj(i -> QuoteSpec.line(Integer.toHexString(0x100 + i), "Item " + i, "1", 100, BOILER.vatCode())).toList();

    Rejection rejection = rejected(List.of(), new DraftQuote(QUOTE, DETAILS, lines, RoundingPolicy.PER_LINE, 30));

    assertThat(rejection.code()).isEqualTo("quote.too-many-lines");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void any_other_command_on_a_quote_never_drafted_is_not_found() {
    Rejection rejection = rejected(Collections.emptyList(), new IssueQuote(QUOTE, QuoteSpec.TODAY, QuoteSpec.NUMBER));

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    assertThat(rejection.code()).isEqualTo("quote.not-found");
  }
}
