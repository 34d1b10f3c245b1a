package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Placement;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.projections.testing.TaskWorkload;
import app.jobmate.projections.testing.Workload;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The projector functions under the faults of at-least-once delivery, and messages that did not
 * come from the relay, against a clean run of the same workload: every scenario must end with read
 * models identical to the clean run's. The workload mixes quotes and tasks, committed concurrently;
 * as in the template, each context's events reach its own queue (by the EventBridge source) and its
 * own function, both writing to the same store. The event store grows as the relay would see it:
 * a commit is in the store before any message of its events is delivered. Seeded, so every run
 * delivers the same messages in the same order. One subclass per store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProjectorReliabilityContract {

  private static final long SEED = 20_261_126L;
  private static final int BATCH_SIZE = 10;
  /** The queues' redrive policy: after this many receives a message goes to the dead-letter queue. */
  private static final int MAX_RECEIVE_COUNT = 5;

  private final Workload quotes = Workload.generate(SEED, 4, 70);
  private final TaskWorkload tasks = TaskWorkload.generate(SEED, 4, 50);
  private final List<List<EventEnvelope>> commits = Workload.interleave(SEED, quotes.commits(), tasks.commits());
  private final List<EventEnvelope> events = commits.stream().flatMap(List::stream).toList();
  private Result clean;

  protected abstract ReadModels newStore();

  /** The queue a rule delivers a context's events to. */
  enum Queue {
    QUOTES, TASKS
  }

  /**
   * A message on its way to one queue, about the event of commit {@code commit} ({@link #NO_COMMIT}
   * for a message that did not come from the relay): that commit is in the store before it arrives.
   */
  record Delivery(Queue queue, Sqs.Message message, int commit) {
    Delivery again(String messageId) {
      return new Delivery(queue, new Sqs.Message(messageId, message.body(), 1), commit);
    }

    Delivery redelivered() {
      return new Delivery(queue, message.redelivered(), commit);
    }
  }

  private static final int NO_COMMIT = -1;

  @BeforeAll
  void cleanRun() {
    clean = deliver(inOrder(), newStore(), null);
  }

  @Test
  void the_workload_is_large_mixed_and_the_clean_run_applies_it_without_a_failure() {
    assertThat(quotes.quotes()).isGreaterThanOrEqualTo(200);
    assertThat(tasks.tasks()).isGreaterThanOrEqualTo(200);
    assertThat(quotes.events()).hasSizeGreaterThanOrEqualTo(2_000);
    assertThat(tasks.events()).hasSizeGreaterThanOrEqualTo(1_000);
    assertThat(events.stream().map(EventEnvelope::tenantId).distinct()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(clean.failed()).isEmpty();
    assertThat(clean.list()).hasSize((int) quotes.quotes());
    assertThat(clean.detail()).hasSize((int) quotes.quotes());
    assertThat(clean.tasks()).hasSize((int) tasks.tasks());
    long finalVersions = clean.detail().stream().mapToLong(Versioned::version).sum()
        + clean.tasks().stream().mapToLong(Versioned::version).sum();
    assertThat(finalVersions).as("every event applied or skipped once").isEqualTo(events.size());
    assertThat(clean.tasks()).extracting(t -> t.document().status()).contains(TaskStatus.values());
  }

  @Test
  void every_message_delivered_one_to_three_times_counts_once() {
    Random random = new Random(SEED + 1);
    List<Timed> timed = new ArrayList<>();
    List<Delivery> messages = inOrder();
    for (int i = 0; i < messages.size(); i++) {
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        // each copy is a new SQS message with the same EventBridge event, arriving a little later
        timed.add(new Timed(i + (c == 0 ? 0 : random.nextInt(60)), messages.get(i).again("m-" + i + "-" + c)));
      }
    }

    Result run = deliver(sorted(timed), newStore(), null);

    assertThat(run.delivered()).isGreaterThan(messages.size() * 3 / 2);
    assertThat(run.failed()).isEmpty();
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void deliveries_reordered_within_a_stream_are_applied_in_order() {
    Random random = new Random(SEED + 2);
    List<Delivery> messages = inOrder();
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      timed.add(new Timed(i + random.nextInt(40), messages.get(i)));
    }
    List<Delivery> reordered = sorted(timed);

    Result run = deliver(reordered, newStore(), null);

    assertThat(outOfOrderWithinAStream(reordered, Queue.QUOTES)).as("the scenario does reorder quotes").isGreaterThan(100);
    assertThat(outOfOrderWithinAStream(reordered, Queue.TASKS)).as("the scenario does reorder tasks").isGreaterThan(50);
    assertThat(run.failed()).isEmpty();
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void a_poison_message_on_each_queue_is_the_only_one_reported_failed_and_ends_in_its_dead_letter_queue() {
    List<Delivery> messages = new ArrayList<>(inOrder());
    Delivery quotePoison = new Delivery(Queue.QUOTES, new Sqs.Message("poison-quote-" + SEED,
        "{\"detail-type\": \"QuoteIssued\", \"detail\": {\"eventId\": 7", 1), NO_COMMIT);
    Delivery taskPoison = new Delivery(Queue.TASKS, new Sqs.Message("poison-task-" + SEED,
        "{\"detail-type\": \"TaskStarted\", \"source\": \"jobmate.tasks\", \"detail\": {\"eventType\": \"TaskStarted\"}}", 1),
        NO_COMMIT);
    Random random = new Random(SEED + 3);
    messages.add(random.nextInt(messages.size()), quotePoison);
    messages.add(random.nextInt(messages.size()), taskPoison);

    Result run = deliver(messages, newStore(), null);

    assertThat(run.failed()).containsExactlyInAnyOrder(quotePoison.message().messageId(), taskPoison.message().messageId());
    assertThat(run.deadLetters()).containsExactlyInAnyOrder(quotePoison.message().messageId(),
        taskPoison.message().messageId());
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void a_crash_after_some_of_a_batchs_writes_redelivers_the_batch_and_nothing_is_lost_or_counted_twice() {
    Result run = deliver(inOrder(), newStore(), new Random(SEED + 4));

    assertThat(run.crashes()).isGreaterThan(10);
    assertThat(run.failed()).isEmpty();
    assertThat(run.deadLetters()).isEmpty();
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void duplicates_reordering_a_poison_message_and_crashes_together_still_end_as_the_clean_run() {
    Random random = new Random(SEED + 5);
    List<Delivery> messages = inOrder();
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        timed.add(new Timed(i + random.nextInt(50), messages.get(i).again("m-" + i + "-" + c)));
      }
    }
    timed.add(new Timed(random.nextInt(messages.size()), new Delivery(Queue.TASKS,
        new Sqs.Message("poison", "not json at all", 1), NO_COMMIT)));

    Result run = deliver(sorted(timed), newStore(), new Random(SEED + 6));

    assertThat(run.crashes()).isPositive();
    assertThat(run.failed()).containsExactly("poison");
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void messages_not_from_the_relay_among_duplicates_and_reordering_change_nothing_fail_nothing_and_are_warned_of() {
    Random random = new Random(SEED + 7);
    List<Delivery> messages = inOrder();
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      int copies = 1 + random.nextInt(2);
      for (int c = 0; c < copies; c++) {
        timed.add(new Timed(i + random.nextInt(30), messages.get(i).again("m-" + i + "-" + c)));
      }
    }
    List<EventEnvelope> closing = events.stream().filter(e -> List.of("QuoteWithdrawn", "QuoteDeclined", "TaskCancelled",
        "TaskCompleted").contains(e.eventType())).toList();
    int forgeries = 0;
    for (int i = 0; i < events.size(); i += 7) {
      EventEnvelope real = events.get(i);
      EventEnvelope content = closing.stream().filter(e -> e.streamType().equals(real.streamType()))
          .skip(random.nextInt(20)).findFirst().orElseThrow();
      // the next version of a stream (in the store already or not yet), a stream that does not exist, another tenant's
      EventEnvelope forged = switch (forgeries % 3) {
        case 0 -> forge(content, real.tenantId(), real.streamId(), real.version() + 1);
        case 1 -> forge(content, real.tenantId(), UUID.randomUUID().toString(), 1);
        default -> forge(content, TenantId.of("t-forger"), real.streamId(), real.version());
      };
      Queue queue = forged.streamType().equals("task") ? Queue.TASKS : Queue.QUOTES;
      timed.add(new Timed(i + random.nextInt(30), new Delivery(queue, Sqs.message(forged), NO_COMMIT)));
      forgeries++;
    }

    Result run = deliver(sorted(timed), newStore(), null);

    assertThat(forgeries).isGreaterThan(400);
    assertThat(run.failed()).isEmpty();
    assertThat(run.deadLetters()).isEmpty();
    assertThat(run.warnings()).as("messages the store did not confirm, each logged once")
        .isBetween(forgeries / 3, forgeries);
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  /** {@code content}'s type and data, addressed to a stream and version of the forger's choosing, under a new id. */
  private static EventEnvelope forge(EventEnvelope content, TenantId tenant, String streamId, long version) {
    return new EventEnvelope(UUID.randomUUID().toString(), content.eventType(), content.schemaVersion(), tenant,
        content.streamType(), streamId, version, content.occurredAt(), "cmd-forged", null, null, content.actor(),
        content.data());
  }

  /** Every event once, in the order the store took them, on its context's queue: what the bus delivers on a good day. */
  private List<Delivery> inOrder() {
    List<Delivery> messages = new ArrayList<>();
    for (int c = 0; c < commits.size(); c++) {
      for (EventEnvelope event : commits.get(c)) {
        messages.add(new Delivery(event.streamType().equals("task") ? Queue.TASKS : Queue.QUOTES,
            new Sqs.Message("m-" + event.eventId(), Sqs.eventBridgeEvent(event), 1), c));
      }
    }
    return messages;
  }

  /**
   * Delivers {@code messages} to the projector functions over {@code store}, each queue's in
   * batches of ten, the two queues taking turns, as event source mappings with
   * {@code ReportBatchItemFailures} would: failed messages come back later, a batch whose
   * invocation crashed comes back whole, and a message received {@link #MAX_RECEIVE_COUNT} times
   * goes to its dead-letter queue. The event store starts empty and takes each commit before a
   * message of it is delivered. With {@code crashes}, some batches crash after a random number of
   * their document writes.
   */
  private Result deliver(List<Delivery> messages, ReadModels store, Random crashes) {
    InMemoryEventHistory history = new InMemoryEventHistory();
    int stored = 0;
    Crashing crashing = new Crashing(store);
    Map<Queue, ProjectorFunction> functions = Map.of(
        Queue.QUOTES, new ProjectorFunction(new QuoteReadSide(), crashing, history),
        Queue.TASKS, new ProjectorFunction(new TaskReadSide(), crashing, history));
    Map<Queue, Deque<Delivery>> queues = new EnumMap<>(Queue.class);
    for (Queue queue : Queue.values()) {
      queues.put(queue, new ArrayDeque<>());
    }
    messages.forEach(d -> queues.get(d.queue()).add(d));
    Set<String> failed = new LinkedHashSet<>();
    List<String> deadLetters = new ArrayList<>();
    int delivered = 0;
    int crashed = 0;
    int warnings = 0;
    int turn = 0;
    while (queues.values().stream().anyMatch(q -> !q.isEmpty())) {
      Queue queue = Queue.values()[turn++ % Queue.values().length];
      Deque<Delivery> waiting = queues.get(queue);
      if (waiting.isEmpty()) {
        continue;
      }
      List<Delivery> batch = new ArrayList<>();
      while (batch.size() < BATCH_SIZE && !waiting.isEmpty()) {
        batch.add(waiting.poll());
      }
      // the relay publishes a commit's events only once the commit is in the store
      int needed = batch.stream().mapToInt(Delivery::commit).max().orElse(NO_COMMIT);
      while (stored <= needed) {
        history.append(commits.get(stored++));
      }
      delivered += batch.size();
      crashing.armed = crashes != null && crashes.nextInt(100) < 12 ? crashes.nextInt(2 * batch.size()) : -1;
      List<Delivery> comeBack;
      try {
        TestContext context = new TestContext();
        SQSBatchResponse response = functions.get(queue).handleRequest(Sqs.event(batch.stream().map(Delivery::message)
            .toList()), context);
        List<String> failedIds = Sqs.failed(response);
        failed.addAll(failedIds);
        warnings += (int) context.logged().stream().filter(line -> line.startsWith("WARN")).count();
        comeBack = batch.stream().filter(d -> failedIds.contains(d.message().messageId())).toList();
      } catch (SimulatedCrash crash) {
        crashed++;
        comeBack = batch;
      }
      for (Delivery delivery : comeBack) {
        if (delivery.message().receiveCount() >= MAX_RECEIVE_COUNT) {
          deadLetters.add(delivery.message().messageId());
        } else {
          waiting.addLast(delivery.redelivered());
        }
      }
    }
    crashing.armed = -1;
    return new Result(store.all(QuoteListProjection.NAME, QuoteListItem.class),
        store.all(QuoteDetailProjection.NAME, QuoteDetail.class), store.all(TaskProjection.NAME, Task.class),
        List.copyOf(failed), deadLetters, delivered, crashed, warnings);
  }

  private static List<Delivery> sorted(List<Timed> timed) {
    return timed.stream().sorted(Comparator.comparingInt(Timed::at)).map(Timed::delivery).toList();
  }

  private static int outOfOrderWithinAStream(List<Delivery> messages, Queue queue) {
    Map<String, Long> last = new HashMap<>();
    int outOfOrder = 0;
    for (Delivery d : messages) {
      if (d.queue() != queue) {
        continue;
      }
      JsonNode detail = readTree(d.message().body()).get("detail");
      String stream = detail.get("tenantId").asText() + "#" + detail.get("streamId").asText();
      long version = detail.get("version").asLong();
      if (last.getOrDefault(stream, 0L) > version) {
        outOfOrder++;
      }
      last.merge(stream, version, Math::max);
    }
    return outOfOrder;
  }

  private static JsonNode readTree(String json) {
    try {
      return EventJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Timed(int at, Delivery delivery) {
  }

  /** The whole read model after a run, and what the run went through. */
  record Result(List<Versioned<QuoteListItem>> list, List<Versioned<QuoteDetail>> detail, List<Versioned<Task>> tasks,
                List<String> failed, List<String> deadLetters, int delivered, int crashes, int warnings) {

    /** The read models alone: what must equal the clean run's. */
    Result withoutFaults() {
      return new Result(list, detail, tasks, List.of(), List.of(), 0, 0, 0);
    }
  }

  /** The Lambda runtime dying mid-invocation: not an exception the function could handle. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("the invocation died", null, false, false);
    }
  }

  /** A store that, when armed with k, lets k more documents be written and then dies mid-write. */
  private static final class Crashing implements ReadModels {
    private final ReadModels store;
    int armed = -1;

    Crashing(ReadModels store) {
      this.store = store;
    }

    @Override
    public Placement placement(String projection) {
      return store.placement(projection);
    }

    @Override
    public <D extends Record> Map<String, Versioned<D>> find(String collection, Class<D> type, Collection<String> ids) {
      return store.find(collection, type, ids);
    }

    @Override
    public Set<String> write(String collection, List<Write> writes) {
      if (armed < 0 || armed >= writes.size()) {
        armed = armed < 0 ? -1 : armed - writes.size();
        return store.write(collection, writes);
      }
      store.write(collection, writes.subList(0, armed));
      armed = -1;
      throw new SimulatedCrash();
    }

    @Override
    public <D extends Record> List<Versioned<D>> all(String collection, Class<D> type) {
      return store.all(collection, type);
    }

    @Override
    public Placement beginRebuild(String projection) {
      return store.beginRebuild(projection);
    }

    @Override
    public Placement completeRebuild(String projection, String rebuilt) {
      return store.completeRebuild(projection, rebuilt);
    }
  }
}
