package app.jobmate.commands.adapter.lambda;

import static app.jobmate.commands.expiry.QuoteBook.ACME;
import static app.jobmate.commands.expiry.QuoteBook.BRIGHTSIDE;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemorySweepContinuations;
import app.jobmate.commands.adapter.memory.InMemoryQuoteExpiries;
import app.jobmate.commands.adapter.sqs.SweepMessage;
import app.jobmate.events.StreamId;
import app.jobmate.commands.expiry.QuoteBook;
import app.jobmate.commands.expiry.QuoteBook.Ref;
import app.jobmate.commands.expiry.QuoteExpiryIndex;
import app.jobmate.commands.expiry.Sweep;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sweep's two functions fed as AWS feeds them: EventBridge Scheduler's event (the template's
 * Input, with the scheduled time filled in) and SQS batches of continuations, with the in-memory
 * event store, index and continuation queue behind.
 */
class QuoteExpirySweepFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93");
  private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);
  private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
  private static final Instant NOW = Instant.parse("2026-12-11T00:05:07Z");

  private final QuoteBook book = new QuoteBook();
  private final InMemoryQuoteExpiries expiries = new InMemoryQuoteExpiries();
  private final InMemorySweepContinuations continuations = new InMemorySweepContinuations();

  @Test
  void the_nightly_schedule_expires_the_quotes_due_on_the_day_it_was_scheduled_for() {
    Ref due = book.issued(ACME, NOV_26, DEC_10);
    Ref notYet = book.issued(ACME, NOV_26, LocalDate.of(2026, 12, 11));
    deliverEverything();

    Map<String, Object> summary = function(500).sweep(scheduled("2026-12-11T00:05:00Z"), new TestContext());

    assertThat(summary).containsEntry("today", "2026-12-11").containsEntry("expired", 1).containsEntry("failed", 0)
        .containsEntry("continued", false);
    assertThat(lastEventType(due)).isEqualTo("QuoteExpired");
    assertThat(lastEventType(notYet)).isEqualTo("QuoteIssued");
    assertThat(continuations.scheduled()).isEmpty();
  }

  @Test
  void in_summer_time_the_day_swept_is_londons_not_utcs() {
    Ref quote = book.issued(ACME, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    deliverEverything();

    // 00:05 on 1 July in London is 23:05 on 30 June in UTC
    Map<String, Object> summary = function(500).sweep(scheduled("2026-06-30T23:05:00Z"), new TestContext());

    assertThat(summary).containsEntry("today", "2026-07-01").containsEntry("expired", 1);
    assertThat(book.commits(quote).getLast().commandId()).isEqualTo("quote-expiry:2026-07-01:" + quote.quote());
  }

  @Test
  void an_invocation_without_a_scheduled_time_sweeps_the_day_of_the_functions_clock() {
    book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    Map<String, Object> summary = function(500).sweep(LambdaEvents.read("{}", ScheduledEvent.class), new TestContext());

    assertThat(summary).containsEntry("today", "2026-12-11").containsEntry("expired", 1);
  }

  @Test
  void a_backlog_is_handed_on_through_the_continuation_queue_run_after_run_until_it_is_done() {
    List<Ref> backlog = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      backlog.add(book.issued(i % 2 == 0 ? ACME : BRIGHTSIDE, NOV_26, LocalDate.of(2026, 12, 8 + i % 3)));
    }
    deliverEverything();
    QuoteExpirySweepFunction function = function(2);

    Map<String, Object> first = function.sweep(scheduled("2026-12-11T00:05:00Z"), new TestContext());
    int runs = 1;
    List<Sweep> handedOn;
    while (!(handedOn = continuations.take()).isEmpty()) {
      SQSBatchResponse response = function.continueSweep(LambdaEvents.sqs("sqs-quote-expiry-sweep-event.json",
          handedOn.stream().map(SweepMessage::write).toArray(String[]::new)), new TestContext());
      assertThat(response.getBatchItemFailures()).isEmpty();
      runs++;
    }

    assertThat(first).containsEntry("expired", 2).containsEntry("continued", true);
    assertThat(runs).isEqualTo(3);
    for (Ref quote : backlog) {
      assertThat(book.history(quote).stream().filter(e -> e.eventType().equals("QuoteExpired"))).hasSize(1);
    }
  }

  @Test
  void a_run_short_of_time_expires_one_quote_and_hands_the_rest_on() {
    book.issued(ACME, NOV_26, DEC_10);
    book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    Map<String, Object> summary = function(500).sweep(scheduled("2026-12-11T00:05:00Z"),
        new TestContext(() -> (int) QuoteExpirySweepFunction.MARGIN.toMillis() - 1));

    assertThat(summary).containsEntry("expired", 1).containsEntry("continued", true);
    assertThat(continuations.scheduled()).singleElement().satisfies(rest -> {
      assertThat(rest.today()).isEqualTo(LocalDate.of(2026, 12, 11));
      assertThat(rest.after()).isPresent();
    });
  }

  @Test
  void each_quote_that_fails_is_logged_and_the_run_goes_on() {
    QuoteId unknown = QuoteId.of(UUID.randomUUID().toString());
    expiries.recordOpen(ACME, unknown, 3, LocalDate.of(2026, 12, 1));
    Ref quote = book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();
    TestContext context = new TestContext();

    Map<String, Object> summary = function(500).sweep(scheduled("2026-12-11T00:05:00Z"), context);

    assertThat(summary).containsEntry("expired", 1).containsEntry("failed", 1);
    assertThat(lastEventType(quote)).isEqualTo("QuoteExpired");
    assertThat(context.logged()).filteredOn(line -> line.startsWith("ERROR")).singleElement()
        .satisfies(line -> assertThat(line).contains(unknown.toString(), "t-acme", "2026-12-01", "quote.not-found"));
  }

  @Test
  void a_continuation_that_is_not_one_fails_alone() {
    book.issued(ACME, NOV_26, DEC_10);
    deliverEverything();

    SQSBatchResponse response = function(500).continueSweep(LambdaEvents.sqs("sqs-quote-expiry-sweep-event.json",
        "{\"today\": \"tomorrow\"}", SweepMessage.write(Sweep.of(LocalDate.of(2026, 12, 11)))), new TestContext());

    assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(MESSAGE_IDS.get(0));
    assertThat(expiries.due(LocalDate.of(2100, 1, 1), Optional.empty(), 10)).isEmpty();
  }

  @Test
  void a_run_that_cannot_hand_its_rest_on_fails_its_message_so_that_it_runs_again() {
    for (int i = 0; i < 3; i++) {
      book.issued(ACME, NOV_26, DEC_10);
    }
    deliverEverything();
    continuations.failNext(1);
    QuoteExpirySweepFunction function = function(1);
    String message = SweepMessage.write(Sweep.of(LocalDate.of(2026, 12, 11)));

    SQSBatchResponse failed = function.continueSweep(LambdaEvents.sqs("sqs-quote-expiry-sweep-event.json", message),
        new TestContext());
    SQSBatchResponse redelivered = function.continueSweep(LambdaEvents.sqs("sqs-quote-expiry-sweep-event.json", message),
        new TestContext());

    assertThat(failed.getBatchItemFailures()).hasSize(1);
    assertThat(redelivered.getBatchItemFailures()).isEmpty();
    assertThat(continuations.scheduled()).as("the run again expired the next quote and handed on the last")
        .singleElement().satisfies(rest -> assertThat(rest.after()).isPresent());
    assertThat(expiries.due(LocalDate.of(2026, 12, 11), Optional.empty(), 10)).hasSize(1);
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    QuoteExpirySweepFunction function = function(500);

    function.prime();

    assertThat(book.store().read(new StreamId(TenantId.of("snapstart-priming"), "quote", "00000000-0000-7000-8000-000000000000")))
        .isEmpty();
    assertThat(continuations.scheduled()).isEmpty();
  }

  private QuoteExpirySweepFunction function(int quotesPerRun) {
    return new QuoteExpirySweepFunction(book.store(), expiries, continuations, Clock.fixed(NOW, ZoneOffset.UTC), quotesPerRun);
  }

  private static ScheduledEvent scheduled(String time) {
    return LambdaEvents.read(LambdaEvents.fixture("scheduler-quote-expiry-event.json").replace("\"TIME\"", "\"" + time + "\""),
        ScheduledEvent.class);
  }

  private void deliverEverything() {
    QuoteExpiryIndex index = new QuoteExpiryIndex(expiries, book.store());
    book.everything().forEach(index::update);
  }

  private String lastEventType(Ref quote) {
    return book.history(quote).getLast().eventType();
  }
}
