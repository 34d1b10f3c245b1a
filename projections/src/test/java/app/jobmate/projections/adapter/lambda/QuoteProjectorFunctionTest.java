package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteWithdrawn;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.mongodb.client.MongoDatabase;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The projector function fed SQS events as Lambda delivers them, bodies being EventBridge events;
 * the store holds what the write side committed before the relay published it.
 */
class QuoteProjectorFunctionTest {

  private static final String QUOTE = "t-acme#0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final ProjectorFunction function = new ProjectorFunction(new QuoteReadSide(), readModels, history);

  /** Stores the events of a fixture's readable messages, in version order, as the write side committed them. */
  private void stored(String resource) {
    Sqs.resource(resource).getRecords().stream().flatMap(message -> {
      try {
        return Stream.of(BusMessages.envelope(message.getBody()));
      } catch (IllegalArgumentException poison) {
        return Stream.empty();
      }
    }).sorted(Comparator.comparingLong(EventEnvelope::version)).forEach(envelope -> history.append(List.of(envelope)));
  }

  private Versioned<QuoteDetail> detail() {
    return readModels.find(QuoteDetailProjection.NAME, QuoteDetail.class, QUOTE).orElseThrow();
  }

  @Test
  void a_batch_delivered_out_of_order_builds_the_quote_and_reports_no_failure() {
    stored("/events/sqs-quote-events.json");
    SQSEvent batch = Sqs.resource("/events/sqs-quote-events.json");

    SQSBatchResponse response = function.handleRequest(batch, new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    Versioned<QuoteDetail> detail = detail();
    assertThat(detail.version()).isEqualTo(4);
    assertThat(detail.document().displayNumber()).isEqualTo("Q-00042");
    assertThat(detail.document().totals().gross()).isEqualTo(156_000);
    assertThat(detail.document().totals().deposit()).isEqualTo(39_000);
    assertThat(detail.document().state()).isEqualTo(QuoteStatus.DECLINED);
    assertThat(detail.document().declineReason()).as("schema version 1, upcast on read").isEqualTo(DeclineReason.OTHER);
    assertThat(detail.document().declineNote()).isEqualTo("Went with a cheaper quote");
    assertThat(detail.document().history()).extracting(QuoteDetail.HistoryEntry::by)
        .containsOnly("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807");
    Versioned<QuoteListItem> listed = readModels.find(QuoteListProjection.NAME, QuoteListItem.class, QUOTE).orElseThrow();
    assertThat(listed.version()).isEqualTo(4);
    assertThat(listed.document().state()).isEqualTo(QuoteStatus.DECLINED);
  }

  @Test
  void the_same_batch_delivered_again_is_all_duplicates_and_changes_nothing() {
    stored("/events/sqs-quote-events.json");
    SQSEvent batch = Sqs.resource("/events/sqs-quote-events.json");
    function.handleRequest(batch, new TestContext());
    Versioned<QuoteDetail> before = detail();

    SQSBatchResponse again = function.handleRequest(Sqs.resource("/events/sqs-quote-events.json"), new TestContext());

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(detail()).isEqualTo(before);
  }

  @Test
  void a_poison_message_is_the_only_failure_reported_and_is_logged() {
    stored("/events/sqs-quote-events-with-poison.json");
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(Sqs.resource("/events/sqs-quote-events-with-poison.json"), context);

    assertThat(Sqs.failed(response)).containsExactly("059f36b4-87a3-44ab-83d2-661975304401");
    assertThat(detail().version()).isEqualTo(2);
    assertThat(context.logged()).singleElement().asString()
        .contains("poison message 059f36b4-87a3-44ab-83d2-661975304401", "receive count 3");
  }

  @Test
  void a_message_the_store_does_not_confirm_is_handled_logged_once_as_a_warning_and_changes_nothing() {
    List<SQSEvent.SQSMessage> records = Sqs.resource("/events/sqs-quote-events.json").getRecords();
    List<EventEnvelope> committed = records.stream().map(m -> BusMessages.envelope(m.getBody()))
        .sorted(Comparator.comparingLong(EventEnvelope::version)).toList();
    history.append(List.of(committed.get(0)));
    function.handleRequest(single(records.get(0)), new TestContext());
    TestContext context = new TestContext();

    // version 3 on the bus while the store ends at 1: not from the relay
    SQSBatchResponse early = function.handleRequest(single(records.get(1)), context);

    assertThat(early.getBatchItemFailures()).as("handled, not retried").isEmpty();
    assertThat(context.logged()).singleElement().asString()
        .startsWith("WARN").contains("QuoteIssued", "version 3", QUOTE.replace("#", "#quote#"), "ends at version 1");
    assertThat(detail().version()).isEqualTo(1);

    history.append(List.of(committed.get(1)));
    history.append(List.of(committed.get(2)));
    SQSBatchResponse next = function.handleRequest(single(records.get(2)), new TestContext());

    assertThat(next.getBatchItemFailures()).isEmpty();
    assertThat(detail().version()).as("all the store has").isEqualTo(3);
    assertThat(detail().document().state()).isEqualTo(QuoteStatus.ISSUED);
  }

  @Test
  void a_forged_withdrawal_changes_neither_read_model_and_the_real_next_event_is_then_applied() {
    List<SQSEvent.SQSMessage> records = Sqs.resource("/events/sqs-quote-events.json").getRecords();
    List<EventEnvelope> committed = records.stream().map(m -> BusMessages.envelope(m.getBody()))
        .sorted(Comparator.comparingLong(EventEnvelope::version)).toList();
    committed.subList(0, 3).forEach(envelope -> history.append(List.of(envelope)));
    function.handleRequest(Sqs.event(committed.subList(0, 3).stream().map(Sqs::message).toList()), new TestContext());
    Versioned<QuoteDetail> detailBefore = detail();
    Versioned<QuoteListItem> listedBefore = readModels.find(QuoteListProjection.NAME, QuoteListItem.class, QUOTE)
        .orElseThrow();
    EventEnvelope issued = committed.get(2);
    QuoteWithdrawn withdrawal = new QuoteWithdrawn(QuoteId.of(issued.streamId()), issued.occurredAt(), "forged");
    EventEnvelope forged = new EventEnvelope(UUID.randomUUID().toString(), "QuoteWithdrawn", 1, issued.tenantId(),
        "quote", issued.streamId(), 4, issued.occurredAt(), "cmd-forged", null, null, issued.actor(),
        EventCodec.standard().encode(withdrawal));
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(Sqs.event(List.of(Sqs.message(forged))), context);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(context.logged()).singleElement().asString().startsWith("WARN").contains("QuoteWithdrawn", forged.eventId());
    assertThat(detail()).isEqualTo(detailBefore);
    assertThat(readModels.find(QuoteListProjection.NAME, QuoteListItem.class, QUOTE)).contains(listedBefore);
    assertThat(detail().document().state()).isEqualTo(QuoteStatus.ISSUED);

    history.append(List.of(committed.get(3)));
    SQSBatchResponse real = function.handleRequest(single(records.get(3)), new TestContext());

    assertThat(real.getBatchItemFailures()).isEmpty();
    assertThat(detail().version()).isEqualTo(4);
    assertThat(detail().document().state()).isEqualTo(QuoteStatus.DECLINED);
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();
    ProjectorFunction primed = new ProjectorFunction(new QuoteReadSide(), new MongoReadModels(database, ReadSides.ALL),
        history);

    primed.prime();

    assertThat(database.listCollectionNames().into(new HashSet<>())).isEmpty();
  }

  private static SQSEvent single(SQSEvent.SQSMessage message) {
    SQSEvent event = new SQSEvent();
    event.setRecords(List.of(message));
    return event;
  }
}
