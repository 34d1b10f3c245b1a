package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventTypes;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SQS batches whose bodies are EventBridge events: each subject's change is marked and its flush scheduled once. */
class PushFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93", "a8f1b7d2-3c4e-4f5a-9b6c-7d8e9f0a1b2c",
      "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a");
  private static final StreamId TASK_SUBJECT = new StreamId(ACME, "task", TASK.toString());
  private static final StreamId QUOTE_SUBJECT = new StreamId(ACME, "quote", QUOTE.toString());

  private final TestClock clock = new TestClock(TestEvents.NOW);
  private final InMemoryPendingNotices pending = new InMemoryPendingNotices(clock, Duration.ofSeconds(62));
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, Duration.ofSeconds(2));
  private final PushFunction function = new PushFunction(Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits()), pending,
      flushes);

  @Test
  void a_batch_marks_each_subject_and_schedules_one_flush_for_each() {
    SQSBatchResponse response = handle(
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.quote(1, TestEvents.quoteDrafted()).envelope()));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(flushes.scheduled()).extracting(InMemoryFlushScheduler.Scheduled::subject)
        .containsExactly(TASK_SUBJECT, QUOTE_SUBJECT);
    assertThat(flushes.scheduled()).allMatch(s -> s.dueAt().equals(TestEvents.NOW.plusSeconds(2)));
  }

  @Test
  void changes_in_later_batches_of_the_window_schedule_nothing_more() {
    handle(bridge(TestEvents.task(1, taskCreated()).envelope()));

    SQSBatchResponse response = handle(bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.task(1, taskCreated()).envelope()));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(flushes.scheduled()).hasSize(1);
    assertThat(pending.pending(TASK_SUBJECT).revision()).as("two batches marked").isEqualTo(2);
  }

  @Test
  void a_flush_that_cannot_be_scheduled_fails_only_the_messages_of_its_subject() {
    flushes.failNext(1);

    SQSBatchResponse response = handle(
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(0), MESSAGE_IDS.get(2));
    assertThat(flushes.scheduled()).extracting(InMemoryFlushScheduler.Scheduled::subject).containsExactly(QUOTE_SUBJECT);
  }

  @Test
  void a_malformed_message_is_reported_alone() {
    EventEnvelope teleported = TestEvents.task(3, new TaskAssigned(TASK, ALICE)).envelope()
        .upcastTo("TaskTeleported", 1, EventJson.mapper().createObjectNode());
    ObjectNode notAnEnvelope = (ObjectNode) json(bridge(TestEvents.task(3, new TaskAssigned(TASK, ALICE)).envelope()));
    ((ObjectNode) notAnEnvelope.get("detail")).remove("tenantId");

    SQSBatchResponse response = handle(
        "this is not JSON",
        notAnEnvelope.toString(),
        bridge(teleported),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(0), MESSAGE_IDS.get(1), MESSAGE_IDS.get(2));
    assertThat(flushes.scheduled()).extracting(InMemoryFlushScheduler.Scheduled::subject).containsExactly(TASK_SUBJECT);
  }

  @Test
  void an_event_published_at_an_old_schema_version_is_read_as_the_current_one() {
    ObjectNode v1 = EventJson.mapper().createObjectNode()
        .put("quoteId", QUOTE.toString()).put("declinedAt", "2026-11-26T10:15:30Z").put("reason", "Too dear");
    EventEnvelope declinedV1 = TestEvents.quote(6, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()
        .upcastTo("QuoteDeclined", 1, v1);

    SQSBatchResponse response = handle(bridge(declinedV1));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(flushes.scheduled()).extracting(InMemoryFlushScheduler.Scheduled::subject).containsExactly(QUOTE_SUBJECT);
  }

  private SQSBatchResponse handle(String... bodies) {
    return function.handleRequest(LambdaEvents.sqs("sqs-event.json", bodies), new TestContext());
  }

  /** The EventBridge event the bus delivers to the queue for {@code envelope}, as the outbox relay put it. */
  static String bridge(EventEnvelope envelope) {
    String source = EventTypes.byName(envelope.eventType()).map(t -> t.source()).orElse("jobmate.tasks");
    try {
      return LambdaEvents.fixture("eventbridge-event.json")
          .replace("EVENT_ID", UUID.randomUUID().toString())
          .replace("DETAIL_TYPE", envelope.eventType())
          .replace("SOURCE", source)
          .replace("TIME", "2026-11-26T10:15:31Z")
          .replace("\"DETAIL\"", EventJson.mapper().writeValueAsString(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> failed(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
  }

  static JsonNode json(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
