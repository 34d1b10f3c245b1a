package app.jobmate.commands.quotes;

import static app.jobmate.commands.quotes.QuoteSpec.BOILER;
import static app.jobmate.commands.quotes.QuoteSpec.LABOUR;
import static app.jobmate.commands.quotes.QuoteSpec.NOW;
import static app.jobmate.commands.quotes.QuoteSpec.NUMBER;
import static app.jobmate.commands.quotes.QuoteSpec.QUOTE;
import static app.jobmate.commands.quotes.QuoteSpec.TODAY;
import static app.jobmate.commands.quotes.QuoteSpec.added;
import static app.jobmate.commands.quotes.QuoteSpec.decide;
import static app.jobmate.commands.quotes.QuoteSpec.drafted;
import static app.jobmate.commands.quotes.QuoteSpec.given;
import static app.jobmate.commands.quotes.QuoteSpec.issuedWith;
import static app.jobmate.commands.quotes.QuoteSpec.rejected;
import static app.jobmate.commands.quotes.QuoteSpec.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.quotes.QuoteCommand.AcceptQuote;
import app.jobmate.commands.quotes.QuoteCommand.AddQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ConvertQuoteToJob;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.commands.quotes.QuoteCommand.WithdrawQuote;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteEvent.QuoteConvertedToJob;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteExpired;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteRevised;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteNumber;
import app.jobmate.events.values.JobId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WithdrawingRevisingAndConvertingTest {

  private static final JobId JOB = JobId.of("0193a5b2-7c41-7d2e-9f3a-000000000j0b".replace('j', 'a'));

  private final List<QuoteEvent> issued = issuedWith(BOILER);

  private List<QuoteEvent> accepted() {
    return given(issued, decide(issued, new AcceptQuote(QUOTE, NOW, TODAY, Set.of())).toArray(QuoteEvent[]::new));
  }

  @Nested
  class Withdrawing {

    @Test
    void a_draft_or_an_open_quote_can_be_withdrawn() {
      QuoteWithdrawn withdrawn = new QuoteWithdrawn(QUOTE, NOW, "Customer moved house");

      assertThat(decide(List.of(drafted()), new WithdrawQuote(QUOTE, NOW, "Customer moved house"))).containsExactly(withdrawn);
      assertThat(decide(issued, new WithdrawQuote(QUOTE, NOW, "Customer moved house"))).containsExactly(withdrawn);
    }

    @Test
    void an_accepted_quote_cannot_be_withdrawn() {
      assertThat(rejected(accepted(), new WithdrawQuote(QUOTE, NOW, null)).code()).isEqualTo("quote.not-withdrawable");
    }

    @Test
    void a_withdrawn_quote_takes_no_more_commands() {
      var withdrawn = given(issued, new QuoteWithdrawn(QUOTE, NOW, null));

      assertThat(rejected(withdrawn, new ReviseQuote(QUOTE)).code()).isEqualTo("quote.not-revisable");
      assertThat(rejected(withdrawn, new AddQuoteLine(QUOTE, LABOUR)).code()).isEqualTo("quote.not-draft");
    }
  }

  @Nested
  class Revising {

    @Test
    void a_revision_is_a_new_draft_of_the_same_lines_under_the_same_number() {
      assertThat(decide(issued, new ReviseQuote(QUOTE))).containsExactly(new QuoteRevised(QUOTE, 2));

      QuoteState.Draft draft = (QuoteState.Draft) stateAfter(given(issued, new QuoteRevised(QUOTE, 2)));
      assertThat(draft.revision()).isEqualTo(2);
      assertThat(draft.number()).isEqualTo(NUMBER);
      assertThat(draft.lines()).containsExactly(BOILER);
      assertThat(draft.details().validUntil()).isNull();
    }

    @Test
    void issuing_a_revision_keeps_the_number_and_needs_no_new_one() {
      var revised = given(issued, new QuoteRevised(QUOTE, 2), added(LABOUR));

      QuoteIssued reissued = (QuoteIssued) decide(revised, new IssueQuote(QUOTE, TODAY.plusDays(3), null)).getFirst();

      assertThat(reissued.number()).isEqualTo(NUMBER);
      assertThat(reissued.revision()).isEqualTo(2);
      assertThat(reissued.lines()).containsExactly(BOILER, LABOUR);
      assertThat(reissued.validUntil()).isEqualTo(TODAY.plusDays(33));
      assertThat(NUMBER.display(reissued.revision())).isEqualTo("Q-00042/2");
    }

    @Test
    void a_declined_or_expired_quote_can_be_revised() {
      assertThat(decide(given(issued, new QuoteDeclined(QUOTE, NOW, DeclineReason.PRICE, null)), new ReviseQuote(QUOTE)))
          .containsExactly(new QuoteRevised(QUOTE, 2));
      assertThat(decide(given(issued, new QuoteExpired(QUOTE, TODAY.plusDays(30))), new ReviseQuote(QUOTE)))
          .containsExactly(new QuoteRevised(QUOTE, 2));
    }

    @Test
    void a_draft_or_an_accepted_quote_is_not_revised() {
      assertThat(rejected(List.of(drafted()), new ReviseQuote(QUOTE)).code()).isEqualTo("quote.not-revisable");
      assertThat(rejected(accepted(), new ReviseQuote(QUOTE)).code()).isEqualTo("quote.not-revisable");
    }

    @Test
    void the_third_revision_is_numbered_three() {
      var second = given(issued, new QuoteRevised(QUOTE, 2));
      var reissued = given(second, decide(second, new IssueQuote(QUOTE, TODAY, null)).toArray(QuoteEvent[]::new));

      assertThat(decide(reissued, new ReviseQuote(QUOTE))).containsExactly(new QuoteRevised(QUOTE, 3));
    }
  }

  @Nested
  class Converting {

    @Test
    void an_accepted_quote_becomes_a_job_once() {
      assertThat(decide(accepted(), new ConvertQuoteToJob(QUOTE, JOB))).containsExactly(new QuoteConvertedToJob(QUOTE, JOB));
      assertThat(decide(given(accepted(), new QuoteConvertedToJob(QUOTE, JOB)), new ConvertQuoteToJob(QUOTE, JOB))).isEmpty();
    }

    @Test
    void a_quote_not_accepted_or_already_another_job_is_refused() {
      JobId other = JobId.of("0193a5b2-7c41-7d2e-9f3a-000000000b0b");

      assertThat(rejected(issued, new ConvertQuoteToJob(QUOTE, JOB)).code()).isEqualTo("quote.not-accepted");
      assertThat(rejected(given(accepted(), new QuoteConvertedToJob(QUOTE, JOB)), new ConvertQuoteToJob(QUOTE, other)).code())
          .isEqualTo("quote.not-accepted");
    }
  }

  @Test
  void quote_numbers_print_with_their_revision() {
    assertThat(QuoteNumber.of(7).display(1)).isEqualTo("Q-00007");
  }
}
