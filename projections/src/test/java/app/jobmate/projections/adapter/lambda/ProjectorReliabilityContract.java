package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.core.Placement;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.projections.testing.TestContext;
import app.jobmate.projections.testing.Workload;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The projector function under the faults of at-least-once delivery, against a clean run of the
 * same workload: every scenario must end with read models identical to the clean run's. Seeded,
 * so every run delivers the same messages in the same order. One subclass per store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProjectorReliabilityContract {

  private static final long SEED = 20_261_126L;
  private static final int BATCH_SIZE = 10;
  /** The queue's redrive policy: after this many receives a message goes to the dead-letter queue. */
  private static final int MAX_RECEIVE_COUNT = 5;

  private final Workload workload = Workload.generate(SEED, 4, 70);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private Result clean;

  protected abstract ReadModels newStore();

  @BeforeAll
  void cleanRun() {
    workload.commits().forEach(history::append);
    clean = deliver(inOrder(), newStore(), null);
  }

  @Test
  void the_workload_is_large_and_the_clean_run_applies_it_without_a_failure() {
    assertThat(workload.quotes()).isGreaterThanOrEqualTo(200);
    assertThat(workload.events()).hasSizeGreaterThanOrEqualTo(2_000);
    assertThat(workload.events().stream().map(e -> e.tenantId()).distinct()).hasSize(4);
    assertThat(clean.failed()).isEmpty();
    assertThat(clean.list()).hasSize((int) workload.quotes());
    assertThat(clean.detail()).hasSize((int) workload.quotes());
    long finalVersions = clean.detail().stream().mapToLong(Versioned::version).sum();
    assertThat(finalVersions).as("every event applied or skipped once").isEqualTo(workload.events().size());
  }

  @Test
  void every_message_delivered_one_to_three_times_counts_once() {
    Random random = new Random(SEED + 1);
    List<Timed> timed = new ArrayList<>();
    List<Sqs.Message> messages = inOrder();
    for (int i = 0; i < messages.size(); i++) {
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        // each copy is a new SQS message with the same EventBridge event, arriving a little later
        timed.add(new Timed(i + (c == 0 ? 0 : random.nextInt(60)), new Sqs.Message("m-" + i + "-" + c,
            messages.get(i).body(), 1)));
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
    List<Sqs.Message> messages = inOrder();
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      timed.add(new Timed(i + random.nextInt(40), messages.get(i)));
    }
    List<Sqs.Message> reordered = sorted(timed);

    Result run = deliver(reordered, newStore(), null);

    assertThat(outOfOrderWithinAStream(reordered)).as("the scenario does reorder streams").isGreaterThan(100);
    assertThat(run.failed()).isEmpty();
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  @Test
  void a_poison_message_is_the_only_one_reported_failed_and_ends_in_the_dead_letter_queue() {
    List<Sqs.Message> messages = new ArrayList<>(inOrder());
    Sqs.Message poison = new Sqs.Message("poison-" + SEED, "{\"detail-type\": \"QuoteIssued\", \"detail\": {\"eventId\": 7",
        1);
    messages.add(new Random(SEED + 3).nextInt(messages.size()), poison);

    Result run = deliver(messages, newStore(), null);

    assertThat(run.failed()).containsExactly(poison.messageId());
    assertThat(run.deadLetters()).containsExactly(poison.messageId());
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
    List<Sqs.Message> messages = inOrder();
    List<Timed> timed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      int copies = 1 + random.nextInt(3);
      for (int c = 0; c < copies; c++) {
        timed.add(new Timed(i + random.nextInt(50), new Sqs.Message("m-" + i + "-" + c, messages.get(i).body(), 1)));
      }
    }
    timed.add(new Timed(random.nextInt(messages.size()), new Sqs.Message("poison", "not json at all", 1)));

    Result run = deliver(sorted(timed), newStore(), new Random(SEED + 6));

    assertThat(run.crashes()).isPositive();
    assertThat(run.failed()).containsExactly("poison");
    assertThat(run.withoutFaults()).isEqualTo(clean.withoutFaults());
  }

  /** Every event once, in the order the store took them: what the bus delivers on a good day. */
  private List<Sqs.Message> inOrder() {
    List<Sqs.Message> messages = new ArrayList<>();
    for (EventEnvelope event : workload.events()) {
      messages.add(new Sqs.Message("m-" + event.eventId(), Sqs.eventBridgeEvent(event), 1));
    }
    return messages;
  }

  /**
   * Delivers {@code messages} to a projector function over {@code store}, in batches of ten, as an
   * event source mapping with {@code ReportBatchItemFailures} would: failed messages come back
   * later, a batch whose invocation crashed comes back whole, and a message received
   * {@link #MAX_RECEIVE_COUNT} times goes to the dead-letter queue. With {@code crashes}, some
   * batches crash after a random number of their document writes.
   */
  private Result deliver(List<Sqs.Message> messages, ReadModels store, Random crashes) {
    Crashing crashing = new Crashing(store);
    ProjectorFunction function = new ProjectorFunction(crashing, history);
    Deque<Sqs.Message> queue = new ArrayDeque<>(messages);
    Set<String> failed = new LinkedHashSet<>();
    List<String> deadLetters = new ArrayList<>();
    int delivered = 0;
    int crashed = 0;
    while (!queue.isEmpty()) {
      List<Sqs.Message> batch = new ArrayList<>();
      while (batch.size() < BATCH_SIZE && !queue.isEmpty()) {
        batch.add(queue.poll());
      }
      delivered += batch.size();
      crashing.armed = crashes != null && crashes.nextInt(100) < 8 ? crashes.nextInt(2 * batch.size()) : -1;
      List<Sqs.Message> comeBack;
      try {
        SQSBatchResponse response = function.handleRequest(Sqs.event(batch), new TestContext());
        List<String> failedIds = Sqs.failed(response);
        failed.addAll(failedIds);
        comeBack = batch.stream().filter(m -> failedIds.contains(m.messageId())).toList();
      } catch (SimulatedCrash crash) {
        crashed++;
        comeBack = batch;
      }
      for (Sqs.Message message : comeBack) {
        if (message.receiveCount() >= MAX_RECEIVE_COUNT) {
          deadLetters.add(message.messageId());
        } else {
          queue.addLast(message.redelivered());
        }
      }
    }
    crashing.armed = -1;
    return new Result(store.all(QuoteListProjection.NAME, QuoteListItem.class),
        store.all(QuoteDetailProjection.NAME, QuoteDetail.class), List.copyOf(failed), deadLetters, delivered, crashed);
  }

  private static List<Sqs.Message> sorted(List<Timed> timed) {
    return timed.stream().sorted(Comparator.comparingInt(Timed::at)).map(Timed::message).toList();
  }

  private static int outOfOrderWithinAStream(List<Sqs.Message> messages) {
    Map<String, Long> last = new HashMap<>();
    int outOfOrder = 0;
    for (Sqs.Message m : messages) {
      JsonNode detail = readTree(m.body()).get("detail");
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

  private record Timed(int at, Sqs.Message message) {
  }

  /** The whole read model after a run, and what the run went through. */
  record Result(List<Versioned<QuoteListItem>> list, List<Versioned<QuoteDetail>> detail, List<String> failed,
                List<String> deadLetters, int delivered, int crashes) {

    /** The read models alone: what must equal the clean run's. */
    Result withoutFaults() {
      return new Result(list, detail, List.of(), List.of(), 0, 0);
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
