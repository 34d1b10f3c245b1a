package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.FILTER;
import static app.jobmate.commands.quotes.QuoteSpec.LABOUR;
import static app.jobmate.commands.quotes.QuoteSpec.NOW;
import static app.jobmate.commands.quotes.QuoteSpec.QUOTE;
import static app.jobmate.commands.quotes.QuoteSpec.TODAY;
import static app.jobmate.commands.quotes.QuoteSpec.decide;
import static app.jobmate.commands.quotes.QuoteSpec.drafted;
import static app.jobmate.commands.quotes.QuoteSpec.given;
import static app.jobmate.commands.quotes.QuoteSpec.issuedWith;
import static app.jobmate.commands.quotes.QuoteSpec.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand.AcceptQuote;
import app.jobmate.commands.quotes.QuoteCommand.DeclineQuote;
import app.jobmate.commands.quotes.QuoteCommand.ExpireQuote;
import app.jobmate.commands.quotes.QuoteCommand.RecordQuoteViewed;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.values.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnsweringAQuoteTest {

  private static final LocalDate VALID_UNTIL = TODAY.plusDays(30);
  private static final Instant LATER = NOW.plusSeconds(3_600);

  private final List<QuoteEvent> issued = issuedWith(BOILER, LABOUR, FILTER);

  @Nested
  class Viewing {

    @Test
    void the_customer_opening_an_issued_quote_is_recorded_once() {
      assertThat(decide(issued, new RecordQuoteViewed(QUOTE, LATER))).containsExactly(new QuoteViewed(QUOTE, LATER));
      assertThat(decide(given(issued, new QuoteViewed(QUOTE, LATER)), new RecordQuoteViewed(QUOTE, LATER.plusSeconds(60))))
          .isEmpty();
    }

    @Test
    void a_draft_cannot_be_viewed() {
      assertThat(rejected(List.of(drafted()), new RecordQuoteViewed(QUOTE, LATER)).code()).isEqualTo("quote.not-issued");
    }
  }

  @Nested
  class Accepting {

    @Test
    void accepting_records_the_totals_of_what_was_accepted() {
      QuoteAccepted accepted = (QuoteAccepted) decide(issued, new AcceptQuote(QUOTE, LATER, TODAY, Set.of())).getFirst();

      assertThat(accepted.optionalLinesTaken()).isEmpty();
      assertThat(accepted.totals().gross()).isEqualTo(Money.ofPence(257_100));
    }

    @Test
    void optional_lines_the_customer_takes_are_added_to_the_accepted_totals() {
      QuoteAccepted accepted = (QuoteAccepted) decide(issued, new AcceptQuote(QUOTE, LATER, TODAY,
          Set.of(FILTER.lineId()))).getFirst();

      // 214250 + 12000 = 226250 net, VAT 42850 + 2400
      assertThat(accepted.optionalLinesTaken()).containsExactly(FILTER.lineId());
      assertThat(accepted.totals().net()).isEqualTo(Money.ofPence(226_250));
      assertThat(accepted.totals().gross()).isEqualTo(Money.ofPence(271_500));
    }

    @Test
    void only_optional_lines_can_be_taken() {
      Rejection rejection = rejected(issued, new AcceptQuote(QUOTE, LATER, TODAY, Set.of(BOILER.lineId())));

      assertThat(rejection.code()).isEqualTo("quote.not-an-optional-line");
    }

    @Test
    void a_viewed_quote_can_be_accepted_on_its_last_valid_day_but_not_after() {
      var viewed = given(issued, new QuoteViewed(QUOTE, LATER));

      assertThat(decide(viewed, new AcceptQuote(QUOTE, LATER, VALID_UNTIL, Set.of()))).hasSize(1);
      Rejection late = rejected(viewed, new AcceptQuote(QUOTE, LATER, VALID_UNTIL.plusDays(1), Set.of()));
      assertThat(late.code()).isEqualTo("quote.expired");
      assertThat(late.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }

    @Test
    void an_answered_quote_cannot_be_accepted() {
      var declined = given(issued, new QuoteDeclined(QUOTE, LATER, DeclineReason.PRICE, null));

      assertThat(rejected(declined, new AcceptQuote(QUOTE, LATER, TODAY, Set.of())).code()).isEqualTo("quote.not-open");
      assertThat(rejected(List.of(drafted()), new AcceptQuote(QUOTE, LATER, TODAY, Set.of())).code()).isEqualTo("quote.not-open");
    }
  }

  @Nested
  class Declining {

    @Test
    void declining_records_the_reason_and_note() {
      assertThat(decide(issued, new DeclineQuote(QUOTE, LATER, DeclineReason.CHOSE_ANOTHER_SUPPLIER, "Went local")))
          .containsExactly(new QuoteDeclined(QUOTE, LATER, DeclineReason.CHOSE_ANOTHER_SUPPLIER, "Went local"));
    }

    @Test
    void a_quote_is_declined_once() {
      var declined = given(issued, new QuoteDeclined(QUOTE, LATER, DeclineReason.PRICE, null));

      assertThat(rejected(declined, new DeclineQuote(QUOTE, LATER, DeclineReason.PRICE, null)).code()).isEqualTo("quote.not-open");
    }
  }

  @Nested
  class Expiring {

    @Test
    void an_open_quote_expires_the_day_after_its_valid_until() {
      assertThat(decide(issued, new ExpireQuote(QUOTE, VALID_UNTIL.plusDays(1))))
          .containsExactly(new QuoteExpired(QUOTE, VALID_UNTIL));
    }

    @Test
    void a_quote_still_valid_does_not_expire() {
      Rejection rejection = rejected(issued, new ExpireQuote(QUOTE, VALID_UNTIL));

      assertThat(rejection.code()).isEqualTo("quote.still-valid");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    }

    @Test
    void an_accepted_quote_does_not_expire() {
      var accepted = given(issued, decide(issued, new AcceptQuote(QUOTE, LATER, TODAY, Set.of())).toArray(QuoteEvent[]::new));

      assertThat(rejected(accepted, new ExpireQuote(QUOTE, VALID_UNTIL.plusDays(1))).code()).isEqualTo("quote.not-open");
    }
  }
}
