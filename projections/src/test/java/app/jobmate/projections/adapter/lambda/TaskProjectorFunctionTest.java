package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.mongodb.client.MongoDatabase;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The task projector function fed SQS events as Lambda delivers them from its own queue. */
class TaskProjectorFunctionTest {

  private static final String TASK = "t-acme#0193a5c0-7c41-7d2e-9f3a-1b2c3d4e5f60";
  private static final String SAM = "7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918";

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final ProjectorFunction function = new ProjectorFunction(new TaskReadSide(), readModels, history);

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

  private Versioned<Task> task() {
    return readModels.find(TaskProjection.NAME, Task.class, TASK).orElseThrow();
  }

  @Test
  void a_batch_delivered_out_of_order_builds_the_task_and_reports_no_failure() {
    stored("/events/sqs-task-events.json");
    SQSBatchResponse response = function.handleRequest(Sqs.resource("/events/sqs-task-events.json"), new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    Versioned<Task> task = task();
    assertThat(task.version()).isEqualTo(4);
    assertThat(task.document().title()).isEqualTo("Service the boiler, 3 Mill Lane");
    assertThat(task.document().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.document().assignee()).isEqualTo(SAM);
    assertThat(task.document().checklistDone()).isEqualTo(1);
    assertThat(task.document().checklist().getFirst().doneBy()).isEqualTo(SAM);
    assertThat(task.document().history()).extracting(Task.HistoryEntry::event).containsExactly("TaskCreated",
        "TaskAssigned", "TaskStarted", "TaskChecklistItemTicked");
  }

  @Test
  void the_same_batch_delivered_again_is_all_duplicates_and_changes_nothing() {
    stored("/events/sqs-task-events.json");
    function.handleRequest(Sqs.resource("/events/sqs-task-events.json"), new TestContext());
    Versioned<Task> before = task();

    SQSBatchResponse again = function.handleRequest(Sqs.resource("/events/sqs-task-events.json"), new TestContext());

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(task()).isEqualTo(before);
  }

  @Test
  void a_poison_message_is_the_only_failure_reported_and_is_logged() {
    stored("/events/sqs-task-events-with-poison.json");
    TestContext context = new TestContext();

    SQSBatchResponse response = function.handleRequest(Sqs.resource("/events/sqs-task-events-with-poison.json"), context);

    assertThat(Sqs.failed(response)).containsExactly("1a7e2c90-5b3d-4f1e-9a2c-000000000099");
    assertThat(task().version()).isEqualTo(2);
    assertThat(context.logged()).singleElement().asString()
        .contains("poison message 1a7e2c90-5b3d-4f1e-9a2c-000000000099", "receive count 2");
  }

  @Test
  void a_message_the_store_does_not_confirm_is_handled_logged_as_a_warning_and_the_next_real_one_brings_the_task_up() {
    List<SQSEvent.SQSMessage> records = Sqs.resource("/events/sqs-task-events.json").getRecords();
    List<EventEnvelope> committed = records.stream().map(m -> BusMessages.envelope(m.getBody()))
        .sorted(Comparator.comparingLong(EventEnvelope::version)).toList();
    history.append(List.of(committed.get(0)));
    function.handleRequest(single(records.get(0)), new TestContext());
    TestContext context = new TestContext();

    // TaskStarted at version 3 while the store ends at 1: not from the relay
    SQSBatchResponse early = function.handleRequest(single(records.get(3)), context);

    assertThat(early.getBatchItemFailures()).isEmpty();
    assertThat(context.logged()).singleElement().asString().startsWith("WARN").contains("TaskStarted", "ends at version 1");
    assertThat(task().version()).isEqualTo(1);

    history.append(List.of(committed.get(1)));
    history.append(List.of(committed.get(2)));
    SQSBatchResponse assigned = function.handleRequest(single(records.get(2)), new TestContext());

    assertThat(assigned.getBatchItemFailures()).isEmpty();
    assertThat(task().version()).isEqualTo(3);
    assertThat(task().document().status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void another_contexts_events_are_not_its_business_and_do_not_fail() {
    SQSBatchResponse response = function.handleRequest(Sqs.resource("/events/sqs-quote-events.json"), new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(readModels.all(TaskProjection.NAME, Task.class)).isEmpty();
    assertThat(readModels.all(QuoteListProjection.NAME, QuoteListItem.class)).isEmpty();
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();
    ProjectorFunction primed = new ProjectorFunction(new TaskReadSide(), new MongoReadModels(database, ReadSides.ALL),
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
