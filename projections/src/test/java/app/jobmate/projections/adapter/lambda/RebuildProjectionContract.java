package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Rebuild;
import app.jobmate.projections.core.StreamRef;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.projections.testing.TestContext;
import app.jobmate.projections.testing.Workload;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A rebuild from the event store while commands keep arriving: the rebuilt collections, once
 * swapped in, must equal what a projector that never stopped built from the same traffic.
 */
public abstract class RebuildProjectionContract {

  private final Workload workload = Workload.generate(7, 3, 40);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryReadModels reference = new InMemoryReadModels();
  private final ProjectorFunction referenceProjector = new ProjectorFunction(reference, history);

  protected abstract ReadModels newStore();

  private void commit(ProjectorFunction live, List<EventEnvelope> commit) {
    history.append(commit);
    List<Sqs.Message> messages = commit.stream().map(Sqs::message).toList();
    assertThat(live.handleRequest(Sqs.event(messages), new TestContext()).getBatchItemFailures()).isEmpty();
    assertThat(referenceProjector.handleRequest(Sqs.event(messages), new TestContext()).getBatchItemFailures()).isEmpty();
  }

  @Test
  void a_rebuild_under_live_traffic_swaps_in_collections_equal_to_the_incrementally_built_ones() throws Exception {
    ReadModels store = newStore();
    ProjectorFunction live = new ProjectorFunction(store, history);
    List<List<EventEnvelope>> commits = workload.commits();
    int half = commits.size() / 2;
    commits.subList(0, half).forEach(c -> commit(live, c));
    CountDownLatch trafficDuringRebuild = new CountDownLatch(30);
    CountDownLatch rebuildStarted = new CountDownLatch(1);
    AtomicInteger committedDuringRebuild = new AtomicInteger();
    // the rebuild pauses halfway through the streams until 30 more commits have gone through the live projector
    EventHistory pausing = new Pausing(history, rebuildStarted, trafficDuringRebuild);

    CompletableFuture<Void> traffic = CompletableFuture.runAsync(() -> {
      await(rebuildStarted);
      for (List<EventEnvelope> commit : commits.subList(half, commits.size())) {
        commit(live, commit);
        committedDuringRebuild.incrementAndGet();
        trafficDuringRebuild.countDown();
      }
    });
    List<Rebuild.Result> results = new RebuildProjection(store, pausing, 2).rebuild("all");
    traffic.get(120, TimeUnit.SECONDS);

    assertThat(results).extracting(Rebuild.Result::projection)
        .containsExactly(QuoteListProjection.NAME, QuoteDetailProjection.NAME);
    assertThat(results).allSatisfy(r -> assertThat(r.streams()).isPositive());
    assertThat(committedDuringRebuild.get()).isGreaterThanOrEqualTo(30);
    String list = store.placement(QuoteListProjection.NAME).active();
    String detail = store.placement(QuoteDetailProjection.NAME).active();
    assertThat(list).isNotEqualTo(QuoteListProjection.NAME);
    assertThat(store.placement(QuoteListProjection.NAME).previous()).contains(QuoteListProjection.NAME);
    assertThat(store.all(list, QuoteListItem.class)).hasSize((int) workload.quotes())
        .isEqualTo(reference.all(QuoteListProjection.NAME, QuoteListItem.class));
    assertThat(store.all(detail, QuoteDetail.class)).hasSize((int) workload.quotes())
        .isEqualTo(reference.all(QuoteDetailProjection.NAME, QuoteDetail.class));
  }

  @Test
  void events_after_the_swap_go_to_the_rebuilt_collection() {
    ReadModels store = newStore();
    ProjectorFunction live = new ProjectorFunction(store, history);
    List<List<EventEnvelope>> commits = workload.commits();
    commits.subList(0, 100).forEach(c -> commit(live, c));

    new RebuildProjection(store, history, 2).rebuild(QuoteListProjection.NAME);
    commits.subList(100, commits.size()).forEach(c -> commit(live, c));

    assertThat(store.all(store.placement(QuoteListProjection.NAME).active(), QuoteListItem.class))
        .isEqualTo(reference.all(QuoteListProjection.NAME, QuoteListItem.class));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("waited too long");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The store's history, as the rebuild sees it: halfway through the streams it waits for traffic. */
  private static final class Pausing implements EventHistory {
    private final EventHistory history;
    private final CountDownLatch started;
    private final CountDownLatch traffic;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile int streams;

    Pausing(EventHistory history, CountDownLatch started, CountDownLatch traffic) {
      this.history = history;
      this.started = started;
      this.traffic = traffic;
    }

    @Override
    public List<EventEnvelope> read(StreamRef stream, long fromVersion) {
      if (reads.incrementAndGet() == streams / 2) {
        await(traffic);
      }
      return history.read(stream, fromVersion);
    }

    @Override
    public void forEachStream(String streamType, Consumer<StreamRef> action) {
      AtomicInteger counted = new AtomicInteger();
      history.forEachStream(streamType, s -> {
        counted.incrementAndGet();
        action.accept(s);
      });
      streams = counted.get();
      reads.set(0);
      started.countDown();
    }
  }
}
