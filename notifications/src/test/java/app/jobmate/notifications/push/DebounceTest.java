package app.jobmate.notifications.push;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.UserId;
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
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Pushing end to end on in-memory ports: events delivered at least once, in any order, in any
 * batch, by concurrent pollers; the debounce marking them; flushes running when their window has
 * passed, reading the store.
 */
class DebounceTest {

  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final Duration LEASE = WINDOW.plusMinutes(1);
  private static final StreamId TASK_SUBJECT = new StreamId(ACME, "task", TASK.toString());

  private final TestClock clock = new TestClock(TestEvents.NOW);
  private final InMemoryEventHistory store = new InMemoryEventHistory();
  private final AtomicReference<Runnable> whileAFlushReads = new AtomicReference<>();
  // the store as a flush sees it: a test may slip a change in while the flush reads
  private final EventHistory history = (subject, fromVersion) -> {
    List<EventEnvelope> read = store.read(subject, fromVersion);
    Runnable meanwhile = whileAFlushReads.getAndSet(null);
    if (meanwhile != null) {
      meanwhile.run();
    }
    return read;
  };
  private final InMemoryPendingNotices pending = new InMemoryPendingNotices(clock, LEASE);
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, WINDOW);
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryConnections connections = new InMemoryConnections();
  private final Debounce debounce = new Debounce(Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits()), pending, flushes);
  private final PushService push = new PushService(Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits()), registry, history,
      pending, flushes, connections, EventCodec.standard());

  private final Connection alicePhone = connect("alicePhone=", ALICE, Role.STAFF);
  private final Connection ownerDesk = connect("ownerDesk=", OWNER, Role.OWNER);
  private final Connection bobPhone = connect("bobPhone=", TestEvents.BOB, Role.STAFF);

  @Test
  void a_burst_of_changes_spread_over_batches_and_concurrent_pollers_is_one_flush_and_one_message() throws Exception {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();
    List<Delivered> burst = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      burst.addAll(commit(new TaskChanged(TASK, "Service the boiler (" + i + ")", null, null, null, TaskPriority.HIGH)));
    }

    concurrently(burst.stream().<Callable<Map<Integer, Exception>>>map(d -> () -> debounce.changed(List.of(d))).toList());

    assertThat(flushes.scheduled()).as("one flush for the burst").hasSize(1);
    windowPasses();
    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.changed");
    assertThat(last(alicePhone).get("title").asText()).isEqualTo("Service the boiler (5)");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(7);
    assertThat(flushes.scheduled()).isEmpty();
  }

  @Test
  void a_task_assigned_delivered_before_task_created_still_carries_the_title_and_the_late_creation_adds_nothing() {
    List<Delivered> created = commit(taskCreated(), new TaskAssigned(TASK, ALICE));

    deliver(created.get(1));
    windowPasses();

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(last(alicePhone).get("title").asText()).isEqualTo("Service the boiler");
    assertThat(last(alicePhone).get("priority").asText()).isEqualTo("high");
    assertThat(last(alicePhone).get("checklist")).hasSize(2);
    deliver(created.get(0));
    assertThat(flushes.scheduled()).as("told already").isEmpty();
  }

  @Test
  void a_change_marked_while_a_flush_runs_is_told_by_another_flush() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    whileAFlushReads.set(() -> deliver(commit(new TaskStarted(TASK, TestEvents.NOW))));

    windowPasses();

    assertThat(types(alicePhone)).containsExactly("task.assigned");
    assertThat(flushes.scheduled()).as("another flush, a window on").hasSize(1);
    windowPasses();
    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.started");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(3);
    assertThat(flushes.scheduled()).isEmpty();
  }

  @Test
  void duplicates_and_reordering_within_a_window_give_the_same_one_message() {
    List<String> outcomes = new ArrayList<>();
    List<List<Integer>> schedules = List.of(
        List.of(0, 1, 2, 3, 4),
        List.of(4, 3, 2, 1, 0),
        List.of(1, 1, 4, 0, 2, 3, 0, 4),
        List.of(3, 0, 2, 4, 1, 3));
    for (List<Integer> schedule : schedules) {
      DebounceTest fresh = new DebounceTest();
      List<Delivered> stream = fresh.commit(taskCreated(), new TaskAssigned(TASK, ALICE),
          new TaskChecklistItemTicked(TASK, ISOLATE), new TaskChanged(TASK, "Service the boiler and flue", null, null,
              null, TaskPriority.URGENT), new TaskStarted(TASK, TestEvents.NOW));
      // one event per batch, a flush falling due half-way through
      for (int n = 0; n < schedule.size(); n++) {
        fresh.deliver(stream.get(schedule.get(n)));
        if (n == schedule.size() / 2) {
          fresh.windowPasses();
        }
      }
      fresh.windowPasses();
      assertThat(fresh.connections.received(fresh.alicePhone.id())).as("schedule " + schedule).hasSize(1);
      outcomes.add(fresh.connections.received(fresh.alicePhone.id()).getFirst());
    }

    assertThat(outcomes).containsOnly(outcomes.getFirst());
    JsonNode message = json(outcomes.getFirst());
    assertThat(message.get("type").asText()).isEqualTo("task.assigned");
    assertThat(message.get("title").asText()).isEqualTo("Service the boiler and flue");
    assertThat(message.get("status").asText()).isEqualTo("in-progress");
    assertThat(message.get("version").asLong()).isEqualTo(5);
  }

  @Test
  void duplicates_and_reordering_across_windows_give_the_same_messages_as_orderly_delivery() {
    List<String> orderly = new ArrayList<>();
    List<String> disorderly = new ArrayList<>();
    for (boolean inOrder : List.of(true, false)) {
      DebounceTest fresh = new DebounceTest();
      List<Delivered> created = fresh.commit(taskCreated(), new TaskAssigned(TASK, ALICE));
      fresh.deliver(inOrder ? created : List.of(created.get(1)));
      fresh.windowPasses();
      List<Delivered> started = fresh.commit(new TaskStarted(TASK, TestEvents.NOW));
      fresh.deliver(inOrder ? started : List.of(started.getFirst(), created.get(0), created.get(1)));
      fresh.windowPasses();
      (inOrder ? orderly : disorderly).addAll(fresh.connections.received(fresh.alicePhone.id()));
    }

    assertThat(disorderly).isEqualTo(orderly).hasSize(2);
  }

  @Test
  void a_flush_that_cannot_be_scheduled_gives_the_marker_back_and_the_change_delivered_again_schedules_it() {
    List<Delivered> created = commit(taskCreated(), new TaskAssigned(TASK, ALICE));
    flushes.failNext(1);

    Map<Integer, Exception> failed = debounce.changed(created);

    assertThat(failed).containsOnlyKeys(0, 1);
    assertThat(flushes.scheduled()).isEmpty();
    deliver(created);
    windowPasses();
    assertThat(types(alicePhone)).containsExactly("task.assigned");
  }

  @Test
  void a_marker_whose_flush_was_never_scheduled_lapses_and_the_change_delivered_again_is_told() {
    List<Delivered> created = commit(taskCreated(), new TaskAssigned(TASK, ALICE));
    // a poller took the marker and died before it scheduled the flush (nor could it give the marker back)
    pending.mark(TASK_SUBJECT, 1);

    deliver(created);
    assertThat(flushes.scheduled()).isEmpty();
    clock.advance(LEASE);
    deliver(created);

    windowPasses();
    assertThat(types(alicePhone)).containsExactly("task.assigned");
  }

  @Test
  void a_device_that_cannot_be_reached_is_sent_its_message_again_on_its_own() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    connections.breakDown(alicePhone.id());
    clock.advance(WINDOW);
    List<StreamId> due = flushes.takeDue();
    assertThat(due).containsExactly(TASK_SUBJECT);
    push.flush(TASK_SUBJECT);
    assertThat(types(alicePhone)).isEmpty();

    connections.repair(alicePhone.id());
    // the resend's message arrives a window later, on the flush queue
    flushes.takeResends().forEach(push::resend);

    assertThat(types(alicePhone)).containsExactly("task.assigned");
  }

  @Test
  void answers_to_a_quote_within_a_window_reach_owners_and_admins_as_one_message() {
    storeOnly(TestEvents.quote(1, TestEvents.quoteDrafted()), TestEvents.quote(2, TestEvents.quoteIssued()));
    Delivered viewed = TestEvents.quote(3, new QuoteViewed(QUOTE, TestEvents.NOW));
    Delivered accepted = TestEvents.quote(4, new QuoteAccepted(QUOTE, TestEvents.NOW, List.of(),
        TestEvents.totals(540_000)));
    storeOnly(viewed);
    storeOnly(accepted);

    deliver(viewed);
    deliver(accepted);
    windowPasses();

    assertThat(types(ownerDesk)).containsExactly("quote.accepted");
    assertThat(last(ownerDesk).get("reference").asText()).isEqualTo("Q-00042");
    assertThat(last(ownerDesk).get("title").asText()).isEqualTo("Kitchen refit");
    assertThat(last(ownerDesk).get("gross").asLong()).isEqualTo(540_000);
    assertThat(connections.received(alicePhone.id())).isEmpty();
    assertThat(connections.received(bobPhone.id())).isEmpty();
  }

  @Test
  void a_forged_event_with_a_huge_version_tells_nobody_anything_and_cannot_hold_back_the_next_real_change() {
    deliver(commit(taskCreated(), new TaskAssigned(TASK, ALICE)));
    windowPasses();
    // not from the relay: Acme's task, far beyond its stream, not in the store; and another tenant's, same id
    deliver(TestEvents.task(1_000_000, new TaskCancelled(TASK, TestEvents.NOW, "forged")),
        TestEvents.delivered(TestEvents.GLOBEX, 1_000_000, new TaskCancelled(TASK, TestEvents.NOW, "forged"), OWNER,
            Role.OWNER));

    windowPasses();

    assertThat(types(alicePhone)).as("the flush folded the store: nothing new").containsExactly("task.assigned");
    assertThat(connections.received(ownerDesk.id())).isEmpty();
    assertThat(pending.pending(TASK_SUBJECT).toldVersion()).as("told what the store has, not what was delivered")
        .isEqualTo(2);
    deliver(commit(new TaskStarted(TASK, TestEvents.NOW)));
    windowPasses();
    assertThat(types(alicePhone)).containsExactly("task.assigned", "task.started");
    assertThat(last(alicePhone).get("version").asLong()).isEqualTo(3);
    assertThat(last(alicePhone).get("status").asText()).isEqualTo("in-progress");
  }

  /** Commits {@code events} as one command would, after what the task's stream holds; answers them as delivered. */
  private List<Delivered> commit(TaskEvent... events) {
    long version = store.read(TASK_SUBJECT, 1).size();
    List<Delivered> commit = new ArrayList<>();
    for (DomainEvent event : events) {
      commit.add(TestEvents.task(++version, (TaskEvent) event));
    }
    storeOnly(commit.toArray(Delivered[]::new));
    return commit;
  }

  private void storeOnly(Delivered... commit) {
    store.append(List.of(commit).stream().map(Delivered::envelope).toList());
  }

  private void deliver(Delivered... batch) {
    deliver(List.of(batch));
  }

  private void deliver(List<Delivered> batch) {
    assertThat(debounce.changed(batch)).isEmpty();
  }

  /** The window passes and the flushes due run (as the flush queue's pollers would). */
  private void windowPasses() {
    clock.advance(WINDOW);
    flushes.takeDue().forEach(push::flush);
  }

  private static void concurrently(List<Callable<Map<Integer, Exception>>> pollers) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(pollers.size());
    try {
      List<Future<Map<Integer, Exception>>> results = new ArrayList<>();
      for (Callable<Map<Integer, Exception>> poller : pollers) {
        results.add(threads.submit(() -> {
          start.await();
          return poller.call();
        }));
      }
      start.countDown();
      for (Future<Map<Integer, Exception>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private Connection connect(String id, UserId user, Role... roles) {
    Connection connection = new Connection(ConnectionId.of(id), ACME, user, Set.of(roles), TestEvents.NOW);
    registry.add(connection);
    return connection;
  }

  private List<String> types(Connection connection) {
    return connections.received(connection.id()).stream().map(m -> json(m).get("type").asText()).toList();
  }

  private JsonNode last(Connection connection) {
    return json(connections.received(connection.id()).getLast());
  }

  private static JsonNode json(String message) {
    try {
      return EventJson.mapper().readTree(message);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + message, e);
    }
  }
}
