package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import app.jobmate.testing.HttpApiCalls;
import app.jobmate.commands.customers.CustomerStandings;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryPendingConversions;
import app.jobmate.commands.adapter.memory.InMemoryQuoteNumbers;
import app.jobmate.commands.adapter.memory.InMemoryQuotePolicies;
import app.jobmate.commands.conversion.JobIds;
import app.jobmate.commands.conversion.PendingConversions.Pending;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.jobs.AcceptedQuote;
import app.jobmate.commands.jobs.JobCommand.OpenJobFromQuote;
import app.jobmate.commands.jobs.JobService;
import app.jobmate.commands.quotes.QuoteDecider;
import app.jobmate.commands.quotes.QuoteState;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The sweep of conversions cut short, on a real scheduled event: the state a crash between the
 * job's append and the quote's leaves (the intent recorded, the job opened, the quote still
 * accepted) is made by running the process's first steps and stopping there.
 */
class ConversionSweepFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String QUOTE = "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";
  private static final Instant CONVERTED_AT = Instant.parse("2026-12-03T08:05:00Z");
  private static final TenantId TENANT = TenantId.of(ACME);
  private static final QuoteId QUOTE_ID = QuoteId.of(QUOTE);
  private static final JobId JOB = JobIds.fromQuote(QUOTE_ID);

  private final InMemoryEventStore store = app.jobmate.commands.customers.CustomerBook.withCustomer(
      new InMemoryEventStore(), app.jobmate.events.values.CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab"), TENANT);
  private final InMemoryPendingConversions pending = new InMemoryPendingConversions();

  private void acceptedQuote() {
    HttpApiCalls quotes = new HttpApiCalls(new QuoteCommandFunction(store, new InMemoryQuoteNumbers(),
        new InMemoryQuotePolicies(Map.of()), Clock.fixed(CONVERTED_AT.minusSeconds(3600), ZoneOffset.UTC)));
    quotes.send(call("POST /quotes", "/quotes").as(ACME, OWNER, "[owner]").body("""
        {"quoteId": "%s", "customerId": "0193a5a0-1111-7abc-8def-0123456789ab", "title": "New combi boiler",
         "lines": [{"lineId": "0193a5b3-0001-7000-8000-00000000b011", "description": "Boiler", "quantity": 1,
                    "unitPrice": 189500, "vatCode": "standard"}]}""".formatted(QUOTE)));
    quotes.send(call("POST /quotes/{quoteId}/issue", "/quotes/" + QUOTE + "/issue").as(ACME, OWNER, "[owner]"));
    quotes.send(call("POST /quotes/{quoteId}/accept", "/quotes/" + QUOTE + "/accept").as(ACME, OWNER, "[owner]")
        .body("{\"optionalLinesTaken\": []}"));
  }

  /** The process's first two steps, then the crash: the intent and the job, and no QuoteConvertedToJob. */
  private void conversionCutShortAfterTheJob() {
    pending.record(new Pending(TENANT, QUOTE_ID, JOB, CONVERTED_AT));
    QuoteState.Accepted accepted = (QuoteState.Accepted) quoteState();
    AcceptedQuote quote = new AcceptedQuote(QUOTE_ID, accepted.offer().number(), accepted.offer().revision(),
        accepted.offer().details().customerId(), null, accepted.offer().details().title(), null,
        accepted.offer().lines(), accepted.totals());
    new JobService(new CommandService(store), new CustomerStandings(store)).handle(TENANT, new OpenJobFromQuote(JOB, quote, CONVERTED_AT),
        new CommandContext("convert-1", "hash", new Actor(UserId.of(OWNER), List.of(Role.OWNER)), null, null,
            CONVERTED_AT, OptionalLong.empty()));
  }

  private QuoteState quoteState() {
    QuoteState state = QuoteDecider.INSTANCE.initialState();
    for (var event : EventCodec.standard().decode(quoteEvents())) {
      state = QuoteDecider.INSTANCE.evolve(state, (QuoteEvent) event);
    }
    return state;
  }

  private List<EventEnvelope> quoteEvents() {
    return store.read(new StreamId(TENANT, "quote", QUOTE)).stream().flatMap(c -> c.events().stream()).toList();
  }

  private Map<String, Object> sweepAt(Instant now) {
    ScheduledEvent event = LambdaEvents.read(LambdaEvents.fixture("scheduler-conversion-sweep-event.json"),
        ScheduledEvent.class);
    return new ConversionSweepFunction(store, pending, Clock.fixed(now, ZoneOffset.UTC)).sweep(event, new TestContext());
  }

  @Test
  void a_conversion_cut_short_between_the_two_appends_is_completed_by_the_sweep() {
    acceptedQuote();
    conversionCutShortAfterTheJob();
    assertThat(quoteState()).isInstanceOf(QuoteState.Accepted.class);

    Map<String, Object> summary = sweepAt(CONVERTED_AT.plus(Duration.ofMinutes(5)));

    assertThat(summary).containsEntry("completed", 1).containsEntry("failed", 0);
    assertThat(quoteState()).isEqualTo(new QuoteState.ConvertedToJob(((QuoteState.ConvertedToJob) quoteState()).offer(),
        JOB));
    assertThat(quoteEvents().getLast().actor().userId().value()).isEqualTo("system:quote-conversion");
    assertThat(pending.before(Instant.MAX, 10)).isEmpty();
  }

  @Test
  void a_second_sweep_appends_nothing_more() {
    acceptedQuote();
    conversionCutShortAfterTheJob();
    sweepAt(CONVERTED_AT.plus(Duration.ofMinutes(5)));
    pending.record(new Pending(TENANT, QUOTE_ID, JOB, CONVERTED_AT));

    Map<String, Object> summary = sweepAt(CONVERTED_AT.plus(Duration.ofMinutes(10)));

    assertThat(summary).containsEntry("completed", 1);
    assertThat(quoteEvents()).extracting(EventEnvelope::eventType).filteredOn("QuoteConvertedToJob"::equals).hasSize(1);
  }

  @Test
  void a_conversion_still_within_its_grace_minute_is_left_alone() {
    acceptedQuote();
    conversionCutShortAfterTheJob();

    Map<String, Object> summary = sweepAt(CONVERTED_AT.plusSeconds(30));

    assertThat(summary).containsEntry("completed", 0).containsEntry("waiting", 0);
    assertThat(quoteState()).isInstanceOf(QuoteState.Accepted.class);
    assertThat(pending.before(Instant.MAX, 10)).hasSize(1);
  }

  @Test
  void an_intent_whose_job_was_never_opened_waits_then_is_dropped_without_converting() {
    acceptedQuote();
    pending.record(new Pending(TENANT, QUOTE_ID, JOB, CONVERTED_AT));

    assertThat(sweepAt(CONVERTED_AT.plus(Duration.ofMinutes(5)))).containsEntry("waiting", 1);
    assertThat(sweepAt(CONVERTED_AT.plus(Duration.ofMinutes(11)))).containsEntry("abandoned", 1);

    assertThat(quoteState()).isInstanceOf(QuoteState.Accepted.class);
    assertThat(store.read(new StreamId(TENANT, "job", JOB.toString()))).isEmpty();
    assertThat(pending.before(Instant.MAX, 10)).isEmpty();
  }
}
