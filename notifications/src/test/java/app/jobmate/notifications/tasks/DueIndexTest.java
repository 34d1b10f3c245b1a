package app.jobmate.notifications.tasks;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.NOW;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.lambda.Contexts;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Debounce;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.PushService;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.DueTask;
import app.jobmate.notifications.tasks.due.DueTasks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The due-date index as the flush keeps it, under every task event: events delivered at least
 * once and in any order mark the task, and each flush folds its stream from the store and places it.
 */
class DueIndexTest {

  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final StreamId TASK_SUBJECT = new StreamId(ACME, "task", TASK.toString());
  private static final StreamId REF = TaskStreams.of(ACME, TASK);
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

  private final TestClock clock = new TestClock(NOW);
  private final InMemoryEventHistory store = new InMemoryEventHistory();
  private final AtomicReference<Runnable> whileAFlushReads = new AtomicReference<>();
  private final EventHistory history = (subject, fromVersion) -> {
    List<EventEnvelope> read = store.read(subject, fromVersion);
    Runnable meanwhile = whileAFlushReads.getAndSet(null);
    if (meanwhile != null) {
      meanwhile.run();
    }
    return read;
  };
  private final InMemoryPendingNotices pending = new InMemoryPendingNotices(clock, WINDOW.plusMinutes(1));
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, WINDOW);
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryConnections connections = new InMemoryConnections();
  private final InMemoryDueTasks index = new InMemoryDueTasks();
  private final Debounce debounce = new Debounce(Contexts.notifying(index, new InMemoryDayVisits()), pending, flushes);
  private final PushService push = new PushService(Contexts.notifying(index, new InMemoryDayVisits()), registry, history, pending, flushes,
      connections, EventCodec.standard());

  @Test
  void a_task_created_with_a_due_date_for_someone_is_listed_under_that_day_once_its_flush_runs() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    assertThat(listedOn(FRIDAY)).as("before the window has passed").isEmpty();

    windowPasses();

    assertThat(listedOn(FRIDAY)).containsExactly(new DueTask(REF, FRIDAY, ALICE, 2));
  }

  @Test
  void re_dating_moves_the_task_to_its_new_day() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();

    deliver(commit(dueOn(MONDAY)));
    windowPasses();

    assertThat(listedOn(FRIDAY)).isEmpty();
    assertThat(listedOn(MONDAY)).containsExactly(new DueTask(REF, MONDAY, ALICE, 3));
  }

  @Test
  void clearing_the_due_date_takes_the_task_off_its_day() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();

    deliver(commit(dueOn(null)));
    windowPasses();

    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  @Test
  void reassigning_lists_the_task_for_its_new_assignee_and_unassigning_takes_it_off() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();

    deliver(commit(new TaskReassigned(TASK, ALICE, BOB)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).containsExactly(new DueTask(REF, FRIDAY, BOB, 3));

    deliver(commit(new TaskUnassigned(TASK, BOB)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  @Test
  void starting_or_ticking_keeps_the_task_listed_and_finishing_it_takes_it_off() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();
    deliver(commit(new TaskStarted(TASK, NOW), new TaskChecklistItemTicked(TASK, ISOLATE)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).containsExactly(new DueTask(REF, FRIDAY, ALICE, 4));

    deliver(commit(new TaskCompleted(TASK, NOW)));
    windowPasses();

    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  @Test
  void cancelling_takes_the_task_off_its_day() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();

    deliver(commit(new TaskCancelled(TASK, NOW, "the customer cancelled")));
    windowPasses();

    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  @Test
  void a_task_without_a_due_date_or_without_an_assignee_is_never_listed() {
    deliver(commit(new TaskCreated(TASK, "Order parts", null, null, null, TaskPriority.NORMAL, List.of()),
        new TaskAssigned(TASK, ALICE)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).isEmpty();

    deliver(commit(dueOn(FRIDAY), new TaskUnassigned(TASK, ALICE)));
    windowPasses();
    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  @Test
  void duplicates_and_reordering_of_deliveries_leave_the_index_as_orderly_delivery_would() {
    List<List<Integer>> orders = List.of(
        List.of(0, 1, 2, 3, 4, 5),
        List.of(5, 4, 3, 2, 1, 0),
        List.of(2, 2, 5, 0, 1, 5, 3, 4, 0),
        List.of(4, 0, 3, 1, 5, 2, 4));
    for (List<Integer> order : orders) {
      DueIndexTest fresh = new DueIndexTest();
      List<Delivered> stream = fresh.commit(taskCreated(), new TaskAssigned(TASK, ALICE), dueOn(MONDAY),
          new TaskReassigned(TASK, ALICE, BOB), new TaskStarted(TASK, NOW), dueOn(FRIDAY));
      // one event per batch, a flush falling due now and then
      for (int n = 0; n < order.size(); n++) {
        fresh.deliver(stream.get(order.get(n)));
        if (n % 2 == 1) {
          fresh.windowPasses();
        }
      }
      fresh.windowPasses();

      assertThat(fresh.listedOn(FRIDAY)).as("order " + order).containsExactly(new DueTask(REF, FRIDAY, BOB, 6));
      assertThat(fresh.listedOn(MONDAY)).as("order " + order).isEmpty();
    }
  }

  @Test
  void a_flush_that_read_an_older_stream_and_writes_last_cannot_undo_a_newer_one() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    // while this flush reads (the task due on Friday), the task is re-dated and another flush
    // (a duplicate of the flush message, say) reads it and writes first
    whileAFlushReads.set(() -> {
      commit(dueOn(MONDAY));
      push.flush(TASK_SUBJECT);
    });

    windowPasses();

    assertThat(listedOn(FRIDAY)).as("the slow flush wrote Friday at version 2, after Monday at 3").isEmpty();
    assertThat(listedOn(MONDAY)).containsExactly(new DueTask(REF, MONDAY, ALICE, 3));
  }

  @Test
  void a_connection_that_keeps_failing_does_not_hold_the_index_back() {
    Connection phone = new Connection(ConnectionId.of("alicePhone="), ACME, ALICE, Set.of(Role.STAFF), NOW);
    registry.add(phone);
    connections.breakDown(phone.id());
    commit(taskCreated(), new TaskAssigned(TASK, ALICE));
    flushes.failNext(1);

    // its resend cannot be scheduled either, so the flush fails and runs again
    assertThatThrownBy(() -> push.flush(TASK_SUBJECT)).isInstanceOf(IllegalStateException.class);

    assertThat(listedOn(FRIDAY)).containsExactly(new DueTask(REF, FRIDAY, ALICE, 2));
  }

  @Test
  void a_quote_is_not_a_task_and_its_flush_lists_nothing() {
    store.append(List.of(TestEvents.quote(1, TestEvents.quoteDrafted()).envelope()));

    push.flush(new StreamId(ACME, "quote", TestEvents.QUOTE.toString()));

    assertThat(listedOn(FRIDAY)).isEmpty();
  }

  private static TaskChanged dueOn(LocalDate dueDate) {
    return new TaskChanged(TASK, "Service the boiler", null, null, dueDate, TaskPriority.HIGH);
  }

  private List<DueTask> listedOn(LocalDate day) {
    List<DueTask> tasks = new ArrayList<>();
    Optional<StreamId> after = Optional.empty();
    do {
      DueTasks.Page page = index.dueOn(day, after, 10);
      tasks.addAll(page.tasks());
      after = page.next();
    } while (after.isPresent());
    return tasks;
  }

  private List<Delivered> commit(TaskEvent... events) {
    long version = store.read(TASK_SUBJECT, 1).size();
    List<Delivered> commit = new ArrayList<>();
    for (TaskEvent event : events) {
      commit.add(TestEvents.task(++version, event));
    }
    store.append(commit.stream().map(Delivered::envelope).toList());
    return commit;
  }

  private void deliver(Delivered... batch) {
    deliver(List.of(batch));
  }

  private void deliver(List<Delivered> batch) {
    assertThat(debounce.changed(batch)).isEmpty();
  }

  private void windowPasses() {
    clock.advance(WINDOW);
    flushes.takeDue().forEach(push::flush);
  }
}
