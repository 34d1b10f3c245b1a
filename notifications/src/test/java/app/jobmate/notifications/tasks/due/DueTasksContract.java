package app.jobmate.notifications.tasks.due;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link DueTasks} does; run against each implementation. */
public abstract class DueTasksContract {

  private static final UserId ALICE = UserId.of("u-alice");
  private static final UserId BOB = UserId.of("u-bob");

  private final LocalDate friday = LocalDate.of(2026, 11, 27);
  private final LocalDate monday = LocalDate.of(2026, 11, 30);
  // each test its own tenants, so that implementations sharing one table across tests stay apart
  private final TenantId acme = TenantId.of("acme-" + UUID.randomUUID().toString().substring(0, 8));
  private final TenantId globex = TenantId.of("globex-" + UUID.randomUUID().toString().substring(0, 8));
  private final StreamId task = TaskStreams.of(acme, TaskId.of(UUID.randomUUID().toString()));

  protected abstract DueTasks dueTasks();

  @Test
  void a_placed_task_is_listed_under_its_due_date_with_its_assignee_and_version() {
    DueTasks index = dueTasks();

    index.place(listed(task, 2, friday, ALICE));

    assertThat(all(index, friday)).containsExactly(new DueTask(task, friday, ALICE, 2));
    assertThat(all(index, monday)).isEmpty();
  }

  @Test
  void a_later_placement_moves_the_task_and_reassigns_it() {
    DueTasks index = dueTasks();
    index.place(listed(task, 2, friday, ALICE));

    index.place(new DuePlacement(task, 5, monday, BOB, Set.of(friday)));

    assertThat(all(index, friday)).isEmpty();
    assertThat(all(index, monday)).containsExactly(new DueTask(task, monday, BOB, 5));
  }

  @Test
  void a_placement_that_lists_nothing_takes_the_task_off_its_dates() {
    DueTasks index = dueTasks();
    index.place(listed(task, 2, friday, ALICE));

    index.place(new DuePlacement(task, 3, null, null, Set.of(friday)));

    assertThat(all(index, friday)).isEmpty();
  }

  @Test
  void a_placement_of_an_older_version_changes_nothing_even_on_a_date_the_task_has_left() {
    DueTasks index = dueTasks();
    index.place(new DuePlacement(task, 5, monday, BOB, Set.of(friday)));

    // a flush that read the stream at version 2 and writes after the one that read version 5
    index.place(listed(task, 2, friday, ALICE));
    index.place(new DuePlacement(task, 4, null, null, Set.of(friday, monday)));

    assertThat(all(index, friday)).as("not put back where it was").isEmpty();
    assertThat(all(index, monday)).containsExactly(new DueTask(task, monday, BOB, 5));
  }

  @Test
  void a_removal_written_before_an_older_listing_of_that_date_still_wins() {
    DueTasks index = dueTasks();

    index.place(new DuePlacement(task, 5, monday, BOB, Set.of(friday)));
    index.place(listed(task, 2, friday, ALICE));

    assertThat(all(index, friday)).isEmpty();
  }

  @Test
  void placing_the_same_placement_again_changes_nothing() {
    DueTasks index = dueTasks();
    DuePlacement placement = new DuePlacement(task, 5, monday, BOB, Set.of(friday));

    index.place(placement);
    index.place(placement);

    assertThat(all(index, monday)).containsExactly(new DueTask(task, monday, BOB, 5));
    assertThat(all(index, friday)).isEmpty();
  }

  @Test
  void concurrent_placements_of_one_task_leave_the_latest() throws Exception {
    DueTasks index = dueTasks();
    int flushes = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(flushes);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int version = 1; version <= flushes; version++) {
        // odd versions on friday, even ones on monday: the latest (8) is on monday
        DuePlacement placement = version % 2 == 1
            ? new DuePlacement(task, version, friday, ALICE, Set.of(monday))
            : new DuePlacement(task, version, monday, BOB, Set.of(friday));
        Callable<Void> place = () -> {
          start.await();
          index.place(placement);
          return null;
        };
        done.add(threads.submit(place));
      }
      start.countDown();
      for (Future<Void> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(all(index, friday)).isEmpty();
    assertThat(all(index, monday)).containsExactly(new DueTask(task, monday, BOB, flushes));
  }

  @Test
  void a_day_is_read_in_pages_that_hold_every_task_once_across_tenants() {
    DueTasks index = dueTasks();
    List<DueTask> placed = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      StreamId ref = TaskStreams.of(i % 2 == 0 ? acme : globex, TaskId.of(UUID.randomUUID().toString()));
      index.place(listed(ref, 1, friday, ALICE));
      placed.add(new DueTask(ref, friday, ALICE, 1));
      // some tasks taken off the day again, in between the others
      if (i % 5 == 0) {
        StreamId gone = TaskStreams.of(acme, TaskId.of(UUID.randomUUID().toString()));
        index.place(listed(gone, 1, friday, BOB));
        index.place(new DuePlacement(gone, 2, null, null, Set.of(friday)));
      }
    }

    List<DueTask> read = new ArrayList<>();
    Optional<StreamId> after = Optional.empty();
    int pages = 0;
    do {
      DueTasks.Page page = index.dueOn(friday, after, 5);
      assertThat(page.tasks()).hasSizeLessThanOrEqualTo(5);
      read.addAll(ours(page.tasks()));
      after = page.next();
      pages++;
    } while (after.isPresent() && pages < 1000);

    assertThat(read).containsExactlyInAnyOrderElementsOf(placed);
    assertThat(pages).isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_same_task_id_in_two_tenants_is_two_entries() {
    DueTasks index = dueTasks();
    StreamId theirs = TaskStreams.of(globex, TaskStreams.taskId(task));

    index.place(listed(task, 1, friday, ALICE));
    index.place(listed(theirs, 1, friday, BOB));
    index.place(new DuePlacement(theirs, 2, null, null, Set.of(friday)));

    assertThat(all(index, friday)).containsExactly(new DueTask(task, friday, ALICE, 1));
  }

  @Test
  void a_persons_tasks_of_a_day_are_theirs_in_their_tenant_only() {
    DueTasks index = dueTasks();
    StreamId bobs = TaskStreams.of(acme, TaskId.of(UUID.randomUUID().toString()));
    StreamId moved = TaskStreams.of(acme, TaskId.of(UUID.randomUUID().toString()));
    StreamId otherBusiness = TaskStreams.of(globex, TaskId.of(UUID.randomUUID().toString()));
    index.place(listed(task, 1, friday, ALICE));
    index.place(listed(bobs, 1, friday, BOB));
    index.place(listed(moved, 1, friday, ALICE));
    index.place(new DuePlacement(moved, 2, monday, ALICE, Set.of(friday)));
    index.place(listed(otherBusiness, 1, friday, ALICE));

    assertThat(index.ofAssignee(friday, acme, ALICE)).containsExactly(new DueTask(task, friday, ALICE, 1));
    assertThat(index.ofAssignee(monday, acme, ALICE)).containsExactly(new DueTask(moved, monday, ALICE, 2));
    assertThat(index.ofAssignee(friday, globex, ALICE)).containsExactly(new DueTask(otherBusiness, friday, ALICE, 1));
  }

  private static DuePlacement listed(StreamId task, long version, LocalDate dueDate, UserId assignee) {
    return new DuePlacement(task, version, dueDate, assignee, Set.of());
  }

  /** This test's tasks listed on {@code day}, read page by page. */
  private List<DueTask> all(DueTasks index, LocalDate day) {
    List<DueTask> tasks = new ArrayList<>();
    Optional<StreamId> after = Optional.empty();
    do {
      DueTasks.Page page = index.dueOn(day, after, 100);
      tasks.addAll(ours(page.tasks()));
      after = page.next();
    } while (after.isPresent());
    return tasks;
  }

  private List<DueTask> ours(List<DueTask> tasks) {
    return tasks.stream().filter(t -> Set.of(acme, globex).contains(t.task().tenantId())).toList();
  }
}
