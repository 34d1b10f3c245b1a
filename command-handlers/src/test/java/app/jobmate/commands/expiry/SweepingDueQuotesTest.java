package app.jobmate.commands.expiry;

import static app.jobmate.commands.expiry.QuoteBook.ACME;
import static app.jobmate.commands.expiry.QuoteBook.BRIGHTSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryQuoteExpiries;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.expiry.QuoteBook.Ref;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given the quotes and the expiry index, when the night's sweep runs, then what is due is expired and nothing else. */
class SweepingDueQuotesTest {

  private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
  private static final LocalDate DEC_11 = LocalDate.of(2026, 12, 11);
  private static final Instant NIGHT = Instant.parse("2026-12-11T00:05:00Z");
  private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 1, 1);

  private final QuoteBook book = new QuoteBook();
  private final InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
  private final QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, book.store());

  @Test
  void a_quote_is_expired_the_night_after_its_last_valid_day_by_the_expiry_process() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.expired()).isEqualTo(1);
    assertThat(report.failures()).isEmpty();
    assertThat(report.rest()).isEmpty();
    Commit expiry = book.commits(quote).getLast();
    assertThat(expiry.events()).extracting(EventEnvelope::eventType).containsExactly("QuoteExpired");
    assertThat(expiry.events().getFirst().data().path("validUntil").asText()).isEqualTo("2026-12-10");
    assertThat(expiry.actor()).isEqualTo(new Actor(UserId.of("system:quote-expiry"), List.of()));
    assertThat(expiry.commandId()).isEqualTo("quote-expiry:2026-12-11:" + quote.quote());
    assertThat(expiry.committedAt()).isEqualTo(NIGHT);
    assertThat(dueAnyDay()).as("it has left the index").isEmpty();
  }

  @Test
  void a_quote_valid_until_today_is_left_alone() {
    Ref quote = book.issued(ACME, NOV_26, DEC_11);
    deliverEverything();
    int commits = book.commits(quote).size();

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.expired() + report.notOpen() + report.stillValid() + report.failures().size()).isZero();
    assertThat(book.commits(quote)).hasSize(commits);
    assertThat(dueAnyDay()).extracting(DueQuote::quote).containsExactly(quote.quote());
  }

  @Test
  void quotes_due_on_nights_the_sweep_missed_are_expired_too() {
    Ref first = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 1));
    Ref second = book.issued(BRIGHTSIDE, NOV_26, LocalDate.of(2026, 12, 5));
    deliverEverything();

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.expired()).isEqualTo(2);
    assertThat(lastEventType(first)).isEqualTo("QuoteExpired");
    assertThat(lastEventType(second)).isEqualTo("QuoteExpired");
  }

  @Test
  void running_the_night_again_writes_nothing_more() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();
    sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));
    List<Commit> after = book.commits(quote);

    SweepReport again = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(again.expired()).isZero();
    assertThat(book.commits(quote)).isEqualTo(after);
  }

  @Test
  void a_rerun_that_still_finds_the_quote_in_the_index_finds_the_first_runs_commit_and_writes_nothing() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    InMemoryQuoteExpiries tidiedBeforeTheCrash = new InMemoryQuoteExpiries();
    book.everything().forEach(new QuoteExpiryIndex(tidiedBeforeTheCrash, book.store())::update);
    deliverEverything();
    // the first run expired the quote, then died before it could take it out of this index
    new QuoteExpirySweep(tidiedBeforeTheCrash, quotes(), Clock.fixed(NIGHT, ZoneOffset.UTC)).run(Sweep.of(DEC_11),
        Budget.quotes(100));
    List<Commit> afterFirstRun = book.commits(quote);

    SweepReport rerun = sweeper(NIGHT.plusSeconds(600)).run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(rerun.expired()).isEqualTo(1);
    assertThat(book.commits(quote)).as("the same command id found its commit").isEqualTo(afterFirstRun);
    assertThat(dueAnyDay()).isEmpty();
  }

  @Test
  void a_quote_answered_before_the_index_heard_of_it_leaves_the_index_and_nothing_is_written() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();
    book.accepted(quote, DEC_10);
    int commits = book.commits(quote).size();

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.notOpen()).isEqualTo(1);
    assertThat(report.expired()).isZero();
    assertThat(report.failures()).isEmpty();
    assertThat(book.commits(quote)).hasSize(commits);
    assertThat(dueAnyDay()).isEmpty();
  }

  @Test
  void a_quote_reissued_for_longer_than_the_index_knows_is_still_valid_and_not_expired() {
    Ref quote = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 5));
    deliverEverything();
    book.revised(quote, LocalDate.of(2026, 12, 4));
    book.reissued(quote, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 24));

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.stillValid()).isEqualTo(1);
    assertThat(lastEventType(quote)).isEqualTo("QuoteIssued");
    deliverEverything();
    assertThat(dueAnyDay()).extracting(DueQuote::validUntil).containsExactly(LocalDate.of(2026, 12, 24));
  }

  @Test
  void a_forged_closing_event_leaves_the_real_issued_quote_in_the_index_and_the_sweep_still_expires_it() {
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();
    EventEnvelope issue = book.history(quote).getLast();
    // well formed, of the right tenant and quote, with a version far ahead: not from the relay
    EventEnvelope forged = new EventEnvelope(UUID.randomUUID().toString(), "QuoteWithdrawn", 1, quote.tenant(), "quote",
        quote.quote().toString(), 1_000, NOV_26.atStartOfDay(ZoneOffset.UTC).toInstant(), "forged", null, null,
        issue.actor(), EventJson.mapper().createObjectNode().put("quoteId", quote.quote().toString())
            .put("withdrawnAt", "2026-11-26T12:00:00Z").put("reason", "forged"));

    QuoteExpiryIndex.Outcome outcome = index.update(forged);

    assertThat(outcome.failures()).isEmpty();
    assertThat(outcome.unconfirmed()).containsOnlyKeys(0);
    assertThat(dueAnyDay()).containsExactly(new DueQuote(ACME, quote.quote(), DEC_10, issue.version()));

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.expired()).isEqualTo(1);
    assertThat(lastEventType(quote)).isEqualTo("QuoteExpired");
    deliverEverything();
    assertThat(dueAnyDay()).isEmpty();
  }

  @Test
  void a_quote_that_cannot_be_expired_is_reported_stays_in_the_index_and_does_not_stop_the_others() {
    Ref before = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 1));
    Ref broken = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 2));
    Ref after = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 3));
    deliverEverything();
    writtenByANewerRelease(broken);

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.expired()).isEqualTo(2);
    assertThat(report.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.quote().quote()).isEqualTo(broken.quote());
      assertThat(failure.reason()).contains("QuoteTeleported");
    });
    assertThat(lastEventType(before)).isEqualTo("QuoteExpired");
    assertThat(lastEventType(after)).isEqualTo("QuoteExpired");
    assertThat(dueAnyDay()).extracting(DueQuote::quote).containsExactly(broken.quote());
  }

  @Test
  void a_quote_the_store_does_not_know_is_a_failure_not_nothing_to_do() {
    QuoteId unknown = QuoteId.of(UUID.randomUUID().toString());
    expiries.recordOpen(ACME, unknown, 3, DEC_10);

    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(100));

    assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("quote.not-found"));
    assertThat(dueAnyDay()).extracting(DueQuote::quote).containsExactly(unknown);
  }

  @Test
  void a_backlog_is_swept_in_bounded_runs_each_taking_up_where_the_last_stopped() {
    List<Ref> backlog = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      backlog.add(book.issued(i % 2 == 0 ? ACME : BRIGHTSIDE, NOV_26, LocalDate.of(2026, 12, 1 + i % 3)));
    }
    Ref notYet = book.issued(ACME, NOV_26, DEC_11);
    deliverEverything();
    QuoteExpirySweep sweeper = new QuoteExpirySweep(expiries, quotes(), Clock.fixed(NIGHT, ZoneOffset.UTC), 4);

    List<SweepReport> runs = new ArrayList<>();
    Optional<Sweep> next = Optional.of(Sweep.of(DEC_11));
    while (next.isPresent()) {
      SweepReport run = sweeper.run(next.get(), Budget.quotes(10));
      runs.add(run);
      next = run.rest();
    }

    assertThat(runs).extracting(SweepReport::expired).containsExactly(10, 10, 5);
    assertThat(runs.get(1).sweep().after()).isPresent();
    for (Ref quote : backlog) {
      assertThat(book.history(quote).stream().filter(e -> e.eventType().equals("QuoteExpired"))).as(quote.toString()).hasSize(1);
    }
    assertThat(lastEventType(notYet)).isEqualTo("QuoteIssued");
    assertThat(dueAnyDay()).extracting(DueQuote::quote).containsExactly(notYet.quote());
  }

  @Test
  void the_rest_of_a_night_goes_past_a_failed_quote_and_the_next_night_tries_it_again() {
    QuoteId unknown = QuoteId.of(UUID.randomUUID().toString());
    expiries.recordOpen(ACME, unknown, 3, LocalDate.of(2026, 11, 30));
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    SweepReport first = sweeper().run(Sweep.of(DEC_11), Budget.quotes(1));
    SweepReport rest = sweeper().run(first.rest().orElseThrow(), Budget.quotes(1));
    SweepReport nextNight = sweeper().run(Sweep.of(DEC_11.plusDays(1)), Budget.quotes(1));

    assertThat(first.failures()).extracting(f -> f.quote().quote()).containsExactly(unknown);
    assertThat(rest.expired()).isEqualTo(1);
    assertThat(lastEventType(quote)).isEqualTo("QuoteExpired");
    assertThat(nextNight.failures()).extracting(f -> f.quote().quote()).containsExactly(unknown);
  }

  @Test
  void a_run_expires_at_least_one_quote_whatever_its_budget_so_the_sweep_always_moves_on() {
    book.issued(ACME, NOV_26, DEC_10);
    book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    SweepReport report = sweeper().run(Sweep.of(DEC_11), handled -> false);

    assertThat(report.expired()).isEqualTo(1);
    assertThat(report.rest()).isPresent();
  }

  @Test
  void nothing_due_is_a_run_that_does_nothing_and_hands_nothing_on() {
    SweepReport report = sweeper().run(Sweep.of(DEC_11), Budget.quotes(1));

    assertThat(report).isEqualTo(new SweepReport(Sweep.of(DEC_11), 0, 0, 0, List.of(), Optional.empty()));
  }

  private QuoteExpirySweep sweeper() {
    return sweeper(NIGHT);
  }

  private QuoteExpirySweep sweeper(Instant now) {
    return new QuoteExpirySweep(expiries, quotes(), Clock.fixed(now, ZoneOffset.UTC));
  }

  private QuoteService quotes() {
    return new QuoteService(new CommandService(book.store()), new InMemoryQuoteNumbers(), new InMemoryQuotePolicies(),
        new app.jobmate.commands.customers.CustomerStandings(book.store()));
  }

  private void deliverEverything() {
    book.everything().forEach(index::update);
  }

  private List<DueQuote> dueAnyDay() {
    return expiries.due(FAR_AHEAD, Optional.empty(), 1000);
  }

  private String lastEventType(Ref quote) {
    return book.history(quote).getLast().eventType();
  }

  /** A commit of an event type this release does not know, as a newer writer would leave it. */
  private void writtenByANewerRelease(Ref quote) {
    List<Commit> commits = book.commits(quote);
    EventEnvelope last = commits.getLast().events().getLast();
    EventEnvelope unknown = new EventEnvelope(UUID.randomUUID().toString(), "QuoteTeleported", 1, quote.tenant(), "quote",
        quote.quote().toString(), last.version() + 1, NIGHT.minusSeconds(3600), "newer-release", null, null, null,
        EventJson.mapper().createObjectNode().put("quoteId", quote.quote().toString()));
    book.store().append(new Commit(book.stream(quote), commits.size() + 1, "newer-release", "h", null, null, null,
        NIGHT.minusSeconds(3600), List.of(unknown)));
  }
}
