package app.jobmate.projections.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Rebuild;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.testing.Sqs;
import app.jobmate.projections.testing.TaskWorkload;
import app.jobmate.projections.testing.Workload;
import app.jobmate.testing.TestContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A rebuild from the event store while commands keep arriving: the rebuilt collections, once
 * swapped in, must equal what projectors that never stopped built from the same traffic. The
 * traffic mixes quotes and tasks, each context through its own projector function.
 */
public abstract class RebuildProjectionContract {

  private final List<List<EventEnvelope>> commits = Workload.interleave(7, Workload.generate(7, 3, 40).commits(),
      TaskWorkload.generate(7, 3, 40).commits());
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryReadModels reference = new InMemoryReadModels();
  private final Projectors referenceProjectors = new Projectors(reference, history);

  protected abstract ReadModels newStore();

  /** The live projector functions, one per context, over one store. */
  private record Projectors(ProjectorFunction quotes, ProjectorFunction tasks) {
    Projectors(ReadModels store, EventHistory history) {
      this(new ProjectorFunction(new QuoteReadSide(), store, history), new ProjectorFunction(new TaskReadSide(), store,
          history));
    }

    void deliver(List<EventEnvelope> commit) {
      List<Sqs.Message> messages = commit.stream().map(Sqs::message).toList();
      ProjectorFunction function = commit.getFirst().streamType().equals("task") ? tasks : quotes;
      assertThat(function.handleRequest(Sqs.event(messages), new TestContext()).getBatchItemFailures()).isEmpty();
    }
  }

  private void commit(Projectors live, List<EventEnvelope> commit) {
    history.append(commit);
    live.deliver(commit);
    referenceProjectors.deliver(commit);
  }

  private static long streams(List<List<EventEnvelope>> commits, String streamType) {
    return commits.stream().flatMap(List::stream).filter(e -> e.streamType().equals(streamType))
        .map(e -> e.tenantId() + "#" + e.streamId()).distinct().count();
  }

  @Test
  void a_rebuild_under_live_traffic_swaps_in_collections_equal_to_the_incrementally_built_ones() throws Exception {
    ReadModels store = newStore();
    Projectors live = new Projectors(store, history);
    int half = commits.size() / 2;
    commits.subList(0, half).forEach(c -> commit(live, c));
    Traffic traffic = new Traffic();
    // each projection's rebuild lets 30 more commits through the live projectors halfway through its streams
    EventHistory pausing = new Pausing(history, traffic, 30);

    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
      for (List<EventEnvelope> commit : commits.subList(half, commits.size())) {
        traffic.admit();
        commit(live, commit);
        traffic.committed();
      }
    });
    // the projections this traffic feeds, by name: "all" would also rebuild other contexts' empty ones
    RebuildProjection rebuild = new RebuildProjection(store, pausing, 2);
    List<Rebuild.Result> results = java.util.stream.Stream.of(QuoteListProjection.NAME, QuoteDetailProjection.NAME,
        TaskProjection.NAME).flatMap(name -> rebuild.rebuild(name).stream()).toList();
    int committedDuringRebuilds = traffic.count();
    traffic.openUp();
    running.get(120, TimeUnit.SECONDS);

    assertThat(results).extracting(Rebuild.Result::projection)
        .containsExactly(QuoteListProjection.NAME, QuoteDetailProjection.NAME, TaskProjection.NAME);
    assertThat(results).allSatisfy(r -> assertThat(r.streams()).isPositive());
    assertThat(committedDuringRebuilds).as("30 commits in the middle of each of the three rebuilds").isEqualTo(90);
    String list = store.placement(QuoteListProjection.NAME).active();
    String detail = store.placement(QuoteDetailProjection.NAME).active();
    String tasks = store.placement(TaskProjection.NAME).active();
    assertThat(list).isNotEqualTo(QuoteListProjection.NAME);
    assertThat(tasks).isNotEqualTo(TaskProjection.NAME);
    assertThat(store.placement(QuoteListProjection.NAME).previous()).contains(QuoteListProjection.NAME);
    assertThat(store.placement(TaskProjection.NAME).previous()).contains(TaskProjection.NAME);
    assertThat(store.all(list, QuoteListItem.class)).hasSize((int) streams(commits, "quote"))
        .isEqualTo(reference.all(QuoteListProjection.NAME, QuoteListItem.class));
    assertThat(store.all(detail, QuoteDetail.class)).hasSize((int) streams(commits, "quote"))
        .isEqualTo(reference.all(QuoteDetailProjection.NAME, QuoteDetail.class));
    assertThat(store.all(tasks, Task.class)).hasSize((int) streams(commits, "task"))
        .isEqualTo(reference.all(TaskProjection.NAME, Task.class));
  }

  @Test
  void events_after_the_swap_go_to_the_rebuilt_collection() {
    ReadModels store = newStore();
    Projectors live = new Projectors(store, history);
    commits.subList(0, 150).forEach(c -> commit(live, c));

    new RebuildProjection(store, history, 2).rebuild(QuoteListProjection.NAME);
    new RebuildProjection(store, history, 2).rebuild(TaskProjection.NAME);
    commits.subList(150, commits.size()).forEach(c -> commit(live, c));

    assertThat(store.all(store.placement(QuoteListProjection.NAME).active(), QuoteListItem.class))
        .isEqualTo(reference.all(QuoteListProjection.NAME, QuoteListItem.class));
    assertThat(store.all(store.placement(TaskProjection.NAME).active(), Task.class))
        .isEqualTo(reference.all(TaskProjection.NAME, Task.class));
  }

  @Test
  void a_projection_that_does_not_exist_is_refused_by_name() {
    assertThatThrownBy(() -> new RebuildProjection(newStore(), history, 1).rebuild("tasks"))
        .hasMessageContaining("no projection named tasks");
  }

  /**
   * The commands that keep arriving while a rebuild runs, let through a few at a time when the
   * rebuild says so, so that every projection's rebuild sees traffic in its middle.
   */
  private static final class Traffic {
    private final Semaphore permits = new Semaphore(0);
    private int committed;

    void admit() {
      try {
        if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("no rebuild let the traffic through");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    synchronized void committed() {
      committed++;
      notifyAll();
    }

    synchronized int count() {
      return committed;
    }

    /** Lets {@code n} more commits through and waits until they have gone through the live projectors. */
    synchronized void letThrough(int n) {
      int target = committed + n;
      permits.release(n);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (committed < target) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new IllegalStateException("the traffic did not go through in time");
        }
        try {
          wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }

    void openUp() {
      permits.release(Integer.MAX_VALUE / 2);
    }
  }

  /** The store's history, as a rebuild sees it: halfway through each projection's streams it lets traffic through. */
  private static final class Pausing implements EventHistory {
    private final EventHistory history;
    private final Traffic traffic;
    private final int commitsAtEachPause;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile int streams;

    Pausing(EventHistory history, Traffic traffic, int commitsAtEachPause) {
      this.history = history;
      this.traffic = traffic;
      this.commitsAtEachPause = commitsAtEachPause;
    }

    @Override
    public List<EventEnvelope> read(StreamId stream, long fromVersion) {
      if (reads.incrementAndGet() == streams / 2) {
        traffic.letThrough(commitsAtEachPause);
      }
      return history.read(stream, fromVersion);
    }

    @Override
    public void forEachStream(String streamType, Consumer<StreamId> action) {
      AtomicInteger counted = new AtomicInteger();
      history.forEachStream(streamType, s -> {
        counted.incrementAndGet();
        action.accept(s);
      });
      reads.set(0);
      streams = counted.get();
    }
  }
}
