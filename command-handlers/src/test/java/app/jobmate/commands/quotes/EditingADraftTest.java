package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.CUSTOMER;
import static app.jobmate.commands.quotes.QuoteSpec.DETAILS;
import static app.jobmate.commands.quotes.QuoteSpec.LABOUR;
import static app.jobmate.commands.quotes.QuoteSpec.QUOTE;
import static app.jobmate.commands.quotes.QuoteSpec.added;
import static app.jobmate.commands.quotes.QuoteSpec.decide;
import static app.jobmate.commands.quotes.QuoteSpec.drafted;
import static app.jobmate.commands.quotes.QuoteSpec.given;
import static app.jobmate.commands.quotes.QuoteSpec.issuedWith;
import static app.jobmate.commands.quotes.QuoteSpec.rejected;
import static app.jobmate.commands.quotes.QuoteSpec.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.AddQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteDetails;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.RemoveQuoteLine;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteEvent.QuoteDetailsChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineChanged;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineRemoved;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditingADraftTest {

  private final QuoteDetails revisedDetails = new QuoteDetails(CUSTOMER, null, "New boiler and filter, 14 Elm Road", null,
      "Payment on completion", LocalDate.of(2027, 1, 31), PercentOrAmount.percent("5"), PercentOrAmount.percent("25"));

  @Test
  void details_are_replaced_whole_and_cleared_fields_stay_cleared() {
    assertThat(decide(List.of(drafted()), new ChangeQuoteDetails(QUOTE, revisedDetails))).containsExactly(
        new QuoteDetailsChanged(QUOTE, CUSTOMER, null, revisedDetails.title(), null, "Payment on completion",
            LocalDate.of(2027, 1, 31), PercentOrAmount.percent("5"), PercentOrAmount.percent("25")));
  }

  @Test
  void details_that_did_not_change_record_nothing() {
    assertThat(decide(List.of(drafted()), new ChangeQuoteDetails(QUOTE, DETAILS))).isEmpty();
  }

  @Test
  void a_line_is_added_at_the_end() {
    var history = given(List.of(drafted()), added(BOILER));

    assertThat(decide(history, new AddQuoteLine(QUOTE, LABOUR))).containsExactly(added(LABOUR));
    assertThat(((QuoteState.Draft) stateAfter(given(history, added(LABOUR)))).lines()).containsExactly(BOILER, LABOUR);
  }

  @Test
  void a_line_id_already_on_the_quote_cannot_be_added_again() {
    Rejection rejection = rejected(given(List.of(drafted()), added(BOILER)), new AddQuoteLine(QUOTE, BOILER));

    assertThat(rejection.code()).isEqualTo("quote.line-exists");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void a_changed_line_keeps_its_place() {
    QuoteLine dearer = new QuoteLine(BOILER.lineId(), BOILER.description(), BOILER.quantity(), Money.ofPence(199_500),
        BOILER.vatCode(), null, false);
    var history = given(List.of(drafted()), added(BOILER), added(LABOUR));

    assertThat(decide(history, new ChangeQuoteLine(QUOTE, dearer))).containsExactly(new QuoteLineChanged(QUOTE, dearer));
    assertThat(((QuoteState.Draft) stateAfter(given(history, new QuoteLineChanged(QUOTE, dearer)))).lines())
        .containsExactly(dearer, LABOUR);
  }

  @Test
  void changing_a_line_to_what_it_is_records_nothing() {
    assertThat(decide(given(List.of(drafted()), added(BOILER)), new ChangeQuoteLine(QUOTE, BOILER))).isEmpty();
  }

  @Test
  void changing_or_removing_a_line_the_quote_does_not_have_is_not_found() {
    var history = given(List.of(drafted()), added(BOILER));

    assertThat(rejected(history, new ChangeQuoteLine(QUOTE, LABOUR)).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    assertThat(rejected(history, new RemoveQuoteLine(QUOTE, LABOUR.lineId())).code()).isEqualTo("quote.line-not-found");
  }

  @Test
  void a_removed_line_is_gone() {
    var history = given(List.of(drafted()), added(BOILER), added(LABOUR));

    assertThat(decide(history, new RemoveQuoteLine(QUOTE, BOILER.lineId())))
        .containsExactly(new QuoteLineRemoved(QUOTE, BOILER.lineId()));
    assertThat(((QuoteState.Draft) stateAfter(given(history, new QuoteLineRemoved(QUOTE, BOILER.lineId())))).lines())
        .containsExactly(LABOUR);
  }

  @Test
  void only_drafts_are_edited() {
    var issued = issuedWith(BOILER);

    for (QuoteCommand edit : List.of(new ChangeQuoteDetails(QUOTE, revisedDetails), new AddQuoteLine(QUOTE, LABOUR),
        new ChangeQuoteLine(QUOTE, BOILER), new RemoveQuoteLine(QUOTE, BOILER.lineId()))) {
      Rejection rejection = rejected(issued, edit);
      assertThat(rejection.code()).isEqualTo("quote.not-draft");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }
  }
}
