package app.jobmate.notifications.tasks.reminders;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.lambda.DiaryVisitsOfTheDay;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryReminderLog;
import app.jobmate.notifications.adapter.memory.InMemoryReminderQueue;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.Sender;
import app.jobmate.notifications.diary.visits.TodaysVisits;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.TaskDueDates;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Plan;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The morning reminders on in-memory ports: a day's run planned page by page, one reminder per task, once. */
class DueTodayRemindersTest {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
  private static final LocalDate SATURDAY = FRIDAY.plusDays(1);

  // 07:00 in London on Friday 27 November 2026 (GMT), a second after the schedule fired
  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T07:00:01Z"));
  private final InMemoryEventHistory store = new InMemoryEventHistory();
  private final InMemoryDueTasks index = new InMemoryDueTasks();
  private final InMemoryReminderLog log = new InMemoryReminderLog(clock, LEASE);
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryConnections connections = new InMemoryConnections();
  private final InMemoryDayVisits visitsIndex = new InMemoryDayVisits();
  private final DueTodayReminders reminders = new DueTodayReminders(index,
      new DiaryVisitsOfTheDay(new TodaysVisits(visitsIndex, store, EventCodec.standard())), log, queue, store,
      registry, new Sender(connections, registry), EventCodec.standard(), clock, 3);

  private final Connection alicePhone = connect("alicePhone=", ACME, ALICE);
  private final Connection aliceTablet = connect("aliceTablet=", ACME, ALICE);
  private final Connection bobPhone = connect("bobPhone=", ACME, BOB);
  // the same person id in another business
  private final Connection globexAlice = connect("globexAlice=", GLOBEX, ALICE);

  @Test
  void each_open_task_due_today_reaches_every_device_of_its_assignee_as_it_now_stands() {
    StreamId boiler = task(ACME, "Service the boiler", FRIDAY, ALICE);

    assertThat(run(FRIDAY)).isEmpty();

    for (Connection device : List.of(alicePhone, aliceTablet)) {
      assertThat(taskMessagesTo(device.id())).singleElement().satisfies(message -> {
        JsonNode json = json(message);
        assertThat(json.get("type").asText()).isEqualTo("task.due-today");
        assertThat(json.get("taskId").asText()).isEqualTo(boiler.streamId());
        assertThat(json.get("title").asText()).isEqualTo("Service the boiler");
        assertThat(json.get("dueDate").asText()).isEqualTo("2026-11-27");
        assertThat(json.get("status").asText()).isEqualTo("open");
        assertThat(json.get("version").asLong()).isEqualTo(2);
        assertThat(json.get("at").asText()).isEqualTo("2026-11-27T07:00:01Z");
        assertThat(json.has("by")).as("nobody caused a reminder").isFalse();
      });
    }
  }

  @Test
  void only_tasks_due_today_that_are_open_or_in_progress_are_reminded() {
    StreamId tomorrow = task(ACME, "Tomorrow's", SATURDAY, ALICE);
    StreamId done = task(ACME, "Done already", FRIDAY, ALICE, id -> new TaskCompleted(id, TestEvents.NOW));
    StreamId cancelled = task(ACME, "Called off", FRIDAY, ALICE, id -> new TaskCancelled(id, TestEvents.NOW, null));
    StreamId started = task(ACME, "Under way", FRIDAY, BOB, id -> new TaskStarted(id, TestEvents.NOW));

    run(FRIDAY);

    assertThat(remindedOf(alicePhone)).doesNotContain(tomorrow.streamId(), done.streamId(),
        cancelled.streamId()).isEmpty();
    assertThat(remindedOf(bobPhone)).containsExactly(started.streamId());
    assertThat(json(taskMessagesTo(bobPhone.id()).getFirst()).get("status").asText()).isEqualTo("in-progress");
  }

  @Test
  void only_the_assignee_is_told_and_nothing_crosses_tenants() {
    task(ACME, "Service the boiler", FRIDAY, ALICE);

    run(FRIDAY);

    assertThat(taskMessagesTo(alicePhone.id())).hasSize(1);
    assertThat(taskMessagesTo(bobPhone.id())).isEmpty();
    assertThat(taskMessagesTo(globexAlice.id())).as("Alice of another business").isEmpty();
  }

  @Test
  void a_rerun_or_a_duplicate_start_of_the_day_reminds_nobody_twice() {
    task(ACME, "Service the boiler", FRIDAY, ALICE);
    task(ACME, "Bleed the radiators", FRIDAY, BOB);

    run(FRIDAY);
    clock.advance(Duration.ofHours(1));
    queue.send(List.of(DueTodayReminders.start(FRIDAY), DueTodayReminders.start(FRIDAY)));
    drain();
    run(FRIDAY);

    assertThat(taskMessagesTo(alicePhone.id())).hasSize(1);
    assertThat(taskMessagesTo(aliceTablet.id())).hasSize(1);
    assertThat(taskMessagesTo(bobPhone.id())).hasSize(1);
  }

  @Test
  void a_connection_that_has_gone_is_forgotten_and_the_other_devices_still_get_the_reminder() {
    task(ACME, "Service the boiler", FRIDAY, ALICE);
    connections.close(alicePhone.id());

    assertThat(run(FRIDAY)).isEmpty();

    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
    assertThat(taskMessagesTo(aliceTablet.id())).hasSize(1);
  }

  @Test
  void one_task_that_cannot_be_sent_fails_alone_and_is_sent_when_its_work_is_done_again() {
    StreamId alices = task(ACME, "Service the boiler", FRIDAY, ALICE);
    StreamId bobs = task(ACME, "Bleed the radiators", FRIDAY, BOB);
    connections.breakDown(bobPhone.id());

    List<ReminderWork> failed = run(FRIDAY);

    // Bob's task, and his day's reminder listing it
    assertThat(failed).containsExactlyInAnyOrder(new Remind(FRIDAY, bobs), new ReminderWork.RemindMember(FRIDAY, ACME, BOB));
    assertThat(remindedOf(alicePhone)).containsExactly(alices.streamId());
    connections.repair(bobPhone.id());
    // the failed message comes back after the queue's visibility timeout
    assertThat(reminders.handle(failed)).isEmpty();
    assertThat(remindedOf(bobPhone)).containsExactly(bobs.streamId());
    assertThat(taskMessagesTo(alicePhone.id())).hasSize(1);
  }

  @Test
  void a_day_with_more_tasks_than_a_page_is_planned_page_by_page_and_every_task_reminded() {
    List<String> due = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      due.add(task(i % 2 == 0 ? ACME : TenantId.of("t-brightside"), "Visit " + i, FRIDAY, ALICE).streamId());
    }
    connect("brightsideAlice=", TenantId.of("t-brightside"), ALICE);
    queue.send(List.of(DueTodayReminders.start(FRIDAY)));

    List<ReminderWork> done = new ArrayList<>();
    while (!queue.waiting().isEmpty()) {
      List<ReminderWork> batch = queue.take(10);
      assertThat(reminders.handle(batch)).isEmpty();
      done.addAll(batch);
    }

    assertThat(done).filteredOn(Plan.class::isInstance).as("pages of 3: 3, 3 and 2").hasSize(3);
    assertThat(done).filteredOn(Remind.class::isInstance).hasSize(8);
    List<String> reminded = new ArrayList<>(remindedOf(alicePhone));
    reminded.addAll(taskMessagesTo(ConnectionId.of("brightsideAlice=")).stream()
        .map(m -> json(m).get("taskId").asText()).toList());
    assertThat(reminded).containsExactlyInAnyOrderElementsOf(due);
  }

  @Test
  void a_task_the_index_still_lists_but_the_store_has_moved_on_is_not_reminded() {
    StreamId boiler = task(ACME, "Service the boiler", FRIDAY, ALICE);
    // re-dated in the store; its flush has not placed it yet
    store.append(List.of(TestEvents.delivered(ACME, 3, new TaskChanged(TaskStreams.taskId(boiler),
        "Service the boiler", null, null, SATURDAY, TaskPriority.HIGH), OWNER, Role.OWNER).envelope()));

    assertThat(reminders.remind(new Remind(FRIDAY, boiler))).isEqualTo(Reminded.NOT_DUE);
    assertThat(taskMessagesTo(alicePhone.id())).isEmpty();
  }

  @Test
  void someone_not_connected_at_seven_gets_nothing_and_a_later_run_that_day_still_reaches_them() {
    StreamId sams = task(ACME, "Service the boiler", FRIDAY, UserId.of("u-sam"));

    assertThat(reminders.remind(new Remind(FRIDAY, sams))).isEqualTo(Reminded.NOBODY_CONNECTED);
    Connection samPhone = connect("samPhone=", ACME, UserId.of("u-sam"));
    run(FRIDAY);

    assertThat(remindedOf(samPhone)).containsExactly(sams.streamId());
  }

  @Test
  void once_the_day_is_over_nothing_is_planned_or_sent() {
    StreamId boiler = task(ACME, "Service the boiler", FRIDAY, ALICE);
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-28T00:00:00Z")));

    assertThat(reminders.remind(new Remind(FRIDAY, boiler))).isEqualTo(Reminded.DAY_OVER);
    reminders.plan(new Plan(FRIDAY, null));

    assertThat(queue.waiting()).isEmpty();
    assertThat(taskMessagesTo(alicePhone.id())).isEmpty();
  }

  @Test
  void a_reminder_claimed_by_a_sender_that_died_is_sent_once_the_claim_lapses() {
    StreamId boiler = task(ACME, "Service the boiler", FRIDAY, ALICE);
    log.claim(FRIDAY, boiler).orElseThrow();

    assertThat(reminders.remind(new Remind(FRIDAY, boiler))).isEqualTo(Reminded.ALREADY_SENT);
    clock.advance(LEASE);
    assertThat(reminders.remind(new Remind(FRIDAY, boiler))).isEqualTo(Reminded.SENT);
    assertThat(reminders.remind(new Remind(FRIDAY, boiler))).isEqualTo(Reminded.ALREADY_SENT);

    assertThat(taskMessagesTo(alicePhone.id())).hasSize(1);
  }

  @Test
  void a_page_whose_reminders_cannot_be_queued_fails_and_planning_it_again_reminds_nobody_twice() {
    task(ACME, "Service the boiler", FRIDAY, ALICE);
    queue.send(List.of(DueTodayReminders.start(FRIDAY)));
    List<ReminderWork> start = queue.take(10);
    queue.failNext(1);

    assertThat(reminders.handle(start)).containsOnlyKeys(0);
    assertThat(reminders.handle(start)).isEmpty();
    assertThat(reminders.handle(start)).as("a duplicate of the message").isEmpty();
    drain();

    assertThat(taskMessagesTo(alicePhone.id())).hasSize(1);
  }

  @Test
  void the_day_of_an_occurrence_is_its_day_in_the_uk() {
    // 07:00 in London is 07:00 UTC in winter and 06:00 UTC in summer
    assertThat(DueTodayReminders.dayOf(Instant.parse("2026-11-27T07:00:00Z"))).isEqualTo(FRIDAY);
    assertThat(DueTodayReminders.dayOf(Instant.parse("2026-06-15T06:00:00Z"))).isEqualTo(LocalDate.parse("2026-06-15"));
    assertThat(DueTodayReminders.dayOf(Instant.parse("2026-06-14T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-06-15"));
  }

  /** A task created in {@code tenant} due on {@code dueDate}, assigned, then {@code more}; placed in the index as its flush would. */
  private StreamId task(TenantId tenant, String title, LocalDate dueDate, UserId assignee, Then... more) {
    TaskId id = TaskId.of(UUID.randomUUID().toString());
    List<TaskEvent> events = new ArrayList<>(List.of(
        new TaskCreated(id, title, null, null, dueDate, TaskPriority.NORMAL, List.of()), new TaskAssigned(id, assignee)));
    for (Then then : more) {
      events.add(then.happens(id));
    }
    StreamId ref = TaskStreams.of(tenant, id);
    TaskDueDates dates = TaskDueDates.empty(ref);
    List<Delivered> commit = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      commit.add(TestEvents.delivered(tenant, i + 1, events.get(i), OWNER, Role.OWNER));
      dates = dates.apply(i + 1, events.get(i));
    }
    store.append(commit.stream().map(Delivered::envelope).toList());
    index.place(dates.placement());
    return ref;
  }

  /** What happens to a task next. */
  @FunctionalInterface
  private interface Then {
    TaskEvent happens(TaskId task);
  }

  /** The day's run: its start queued, and the queue worked through; answers the work that failed. */
  private List<ReminderWork> run(LocalDate day) {
    queue.send(List.of(DueTodayReminders.start(day)));
    return drain();
  }

  private List<ReminderWork> drain() {
    List<ReminderWork> failed = new ArrayList<>();
    while (!queue.waiting().isEmpty()) {
      List<ReminderWork> batch = queue.take(10);
      Map<Integer, Exception> failures = reminders.handle(batch);
      failures.keySet().forEach(i -> failed.add(batch.get(i)));
    }
    return failed;
  }

  private Connection connect(String id, TenantId tenant, UserId user) {
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(Role.STAFF),
        clock.instant().minus(Duration.ofMinutes(30)));
    registry.add(connection);
    return connection;
  }

  /** The task reminders a connection received (each task due is also sent on its own, as before). */
  private List<String> taskMessagesTo(ConnectionId connection) {
    return connections.received(connection).stream()
        .filter(m -> json(m).get("type").asText().equals("task.due-today")).toList();
  }

  private List<String> remindedOf(Connection connection) {
    return connections.received(connection.id()).stream().map(DueTodayRemindersTest::json)
        .filter(m -> m.get("type").asText().equals("task.due-today")).map(m -> m.get("taskId").asText()).toList();
  }

  private static JsonNode json(String message) {
    try {
      return EventJson.mapper().readTree(message);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + message, e);
    }
  }
}
