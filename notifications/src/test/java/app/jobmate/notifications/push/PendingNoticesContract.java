package app.jobmate.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.push.PendingNotices.Marked;
import app.jobmate.events.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link PendingNotices} does; run against each implementation. */
public abstract class PendingNoticesContract {

  protected static final Duration LEASE = Duration.ofSeconds(62);

  protected final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:30Z"));
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final StreamId task = new StreamId(acme, "task", UUID.randomUUID().toString());

  /** The implementation, its markers lasting {@link #LEASE} by {@link #clock}. */
  protected abstract PendingNotices pendingNotices();

  @Test
  void the_first_change_takes_the_marker_and_later_ones_in_the_window_only_mark() {
    PendingNotices pending = pendingNotices();

    assertThat(pending.mark(task, 1)).isInstanceOf(Marked.FlushDue.class);
    assertThat(pending.mark(task, 2)).isInstanceOf(Marked.FlushPending.class);
    assertThat(pending.mark(task, 1)).isInstanceOf(Marked.FlushPending.class);
    assertThat(pending.pending(task)).isEqualTo(new PendingNotices.Pending(0, 3));
  }

  @Test
  void concurrent_pollers_marking_one_subject_take_the_marker_once() throws Exception {
    PendingNotices pending = pendingNotices();
    int pollers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(pollers);
    List<Marked> marked = new ArrayList<>();
    try {
      List<Future<Marked>> results = new ArrayList<>();
      for (int i = 1; i <= pollers; i++) {
        long version = i;
        Callable<Marked> mark = () -> {
          start.await();
          return pending.mark(task, version);
        };
        results.add(threads.submit(mark));
      }
      start.countDown();
      for (Future<Marked> result : results) {
        marked.add(result.get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(marked).filteredOn(m -> m instanceof Marked.FlushDue).hasSize(1);
    assertThat(marked).filteredOn(m -> m instanceof Marked.FlushPending).hasSize(pollers - 1);
    assertThat(pending.pending(task).revision()).isEqualTo(pollers);
  }

  @Test
  void a_flush_that_finds_nothing_marked_since_it_read_clears_the_marker() {
    PendingNotices pending = pendingNotices();
    pending.mark(task, 2);
    PendingNotices.Pending read = pending.pending(task);

    assertThat(pending.settle(task, read, 2)).isTrue();

    assertThat(pending.pending(task).toldVersion()).isEqualTo(2);
    assertThat(pending.mark(task, 2)).as("told already").isInstanceOf(Marked.AlreadyTold.class);
    assertThat(pending.mark(task, 3)).as("the next window").isInstanceOf(Marked.FlushDue.class);
  }

  @Test
  void a_flush_that_finds_a_change_marked_since_it_read_keeps_the_marker_for_another_window() {
    PendingNotices pending = pendingNotices();
    pending.mark(task, 2);
    PendingNotices.Pending read = pending.pending(task);
    assertThat(pending.mark(task, 3)).isInstanceOf(Marked.FlushPending.class);

    assertThat(pending.settle(task, read, 2)).isFalse();

    assertThat(pending.pending(task).toldVersion()).isEqualTo(2);
    assertThat(pending.mark(task, 4)).as("the next flush is scheduled").isInstanceOf(Marked.FlushPending.class);
    PendingNotices.Pending again = pending.pending(task);
    assertThat(pending.settle(task, again, 4)).isTrue();
    assertThat(pending.mark(task, 5)).isInstanceOf(Marked.FlushDue.class);
  }

  @Test
  void a_flush_of_a_subject_never_marked_settles() {
    PendingNotices pending = pendingNotices();
    PendingNotices.Pending read = pending.pending(task);

    assertThat(read).isEqualTo(new PendingNotices.Pending(0, 0));
    assertThat(pending.settle(task, read, 0)).isTrue();
    assertThat(pending.mark(task, 1)).isInstanceOf(Marked.FlushDue.class);
  }

  @Test
  void the_version_told_never_goes_back() {
    PendingNotices pending = pendingNotices();
    pending.mark(task, 7);
    PendingNotices.Pending read = pending.pending(task);
    // two flushes of the same changes: the later read more of the stream
    assertThat(pending.settle(task, read, 7)).isTrue();

    assertThat(pending.settle(task, read, 5)).isTrue();

    assertThat(pending.pending(task).toldVersion()).isEqualTo(7);
    assertThat(pending.mark(task, 6)).isInstanceOf(Marked.AlreadyTold.class);
  }

  @Test
  void a_version_marked_far_ahead_of_the_store_is_never_taken_as_told_so_the_next_real_change_still_marks() {
    PendingNotices pending = pendingNotices();
    pending.mark(task, 3);
    pending.settle(task, pending.pending(task), 3);
    // a message not from the relay: the flush it schedules finds the store at 3 and tells up to 3
    assertThat(pending.mark(task, Long.MAX_VALUE / 2)).isInstanceOf(Marked.FlushDue.class);
    PendingNotices.Pending read = pending.pending(task);

    assertThat(pending.settle(task, read, 3)).isTrue();

    assertThat(pending.pending(task).toldVersion()).isEqualTo(3);
    assertThat(pending.mark(task, 4)).as("the real next change").isInstanceOf(Marked.FlushDue.class);
  }

  @Test
  void a_marker_whose_flush_never_came_lapses_after_its_lease() {
    PendingNotices pending = pendingNotices();
    assertThat(pending.mark(task, 1)).isInstanceOf(Marked.FlushDue.class);

    clock.advance(LEASE.minusSeconds(1));
    assertThat(pending.mark(task, 2)).isInstanceOf(Marked.FlushPending.class);
    clock.advance(Duration.ofSeconds(2));

    assertThat(pending.mark(task, 3)).isInstanceOf(Marked.FlushDue.class);
  }

  @Test
  void a_marker_given_back_lets_the_change_schedule_when_it_comes_again_and_a_stale_give_back_changes_nothing() {
    PendingNotices pending = pendingNotices();
    Marked.FlushDue first = (Marked.FlushDue) pending.mark(task, 1);

    pending.unmark(task, first);
    clock.advance(Duration.ofSeconds(1));

    assertThat(pending.mark(task, 1)).isInstanceOf(Marked.FlushDue.class);
    pending.unmark(task, first);
    assertThat(pending.mark(task, 2)).as("the second marker stays").isInstanceOf(Marked.FlushPending.class);
  }

  @Test
  void the_same_subject_in_two_tenants_is_two_subjects() {
    PendingNotices pending = pendingNotices();
    StreamId theirs = new StreamId(TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8)),
        task.streamType(), task.streamId());
    pending.mark(task, 3);
    pending.settle(task, pending.pending(task), 3);

    assertThat(pending.mark(theirs, 1)).isInstanceOf(Marked.FlushDue.class);
    assertThat(pending.pending(theirs)).isEqualTo(new PendingNotices.Pending(0, 1));
    assertThat(pending.pending(task).toldVersion()).isEqualTo(3);
  }
}
