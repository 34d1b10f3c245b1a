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
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.lambda.DiaryVisitsOfTheDay;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryReminderLog;
import app.jobmate.notifications.adapter.memory.InMemoryReminderQueue;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.diary.visits.AppointmentStreams;
import app.jobmate.notifications.diary.visits.AppointmentVisits;
import app.jobmate.notifications.diary.visits.TodaysVisits;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.Sender;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.TaskDueDates;
import app.jobmate.notifications.tasks.reminders.ReminderWork.PlanVisits;
import app.jobmate.notifications.tasks.reminders.ReminderWork.RemindMember;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's morning reminder on in-memory ports: today's visits in start order (London local times)
 * as well as the tasks due, once a day, to everyone who has either and nobody who has neither.
 */
class DayRemindersTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
  private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
  private static final JobId JOB = JobId.of("0193a5b2-7c41-7d2e-9f3a-00000000b001");

  // 07:00 in London on Friday 27 November 2026 (GMT), a second after the schedule fired
  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T07:00:01Z"));
  private final InMemoryEventHistory store = new InMemoryEventHistory();
  private final InMemoryDueTasks tasks = new InMemoryDueTasks();
  private final InMemoryDayVisits visits = new InMemoryDayVisits();
  private final InMemoryReminderLog log = new InMemoryReminderLog(clock, LEASE);
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryConnections connections = new InMemoryConnections();
  private final DueTodayReminders reminders = new DueTodayReminders(tasks,
      new DiaryVisitsOfTheDay(new TodaysVisits(visits, store, EventCodec.standard())), log, queue, store, registry,
      new Sender(connections, registry), EventCodec.standard(), clock, 3);

  private final Connection alicePhone = connect("alicePhone=", ACME, ALICE);
  private final Connection aliceTablet = connect("aliceTablet=", ACME, ALICE);
  private final Connection bobPhone = connect("bobPhone=", ACME, BOB);
  private final Connection globexAlice = connect("globexAlice=", GLOBEX, ALICE);

  @Test
  void a_person_with_visits_and_tasks_gets_one_reminder_listing_the_visits_in_start_order_and_the_tasks() {
    AppointmentId afternoon = book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(14, 0),
        FRIDAY.atTime(16, 30), ALICE);
    AppointmentId morning = book(ACME, AppointmentKind.JOB_VISIT, "Survey the loft", FRIDAY.atTime(8, 30),
        FRIDAY.atTime(9, 15), ALICE);
    AppointmentId meeting = book(ACME, AppointmentKind.MEETING, "Toolbox talk", FRIDAY.atTime(12, 0),
        FRIDAY.atTime(12, 30), ALICE, BOB);
    StreamId task = task(ACME, "Order the radiators", FRIDAY, ALICE);

    assertThat(run(FRIDAY)).isEmpty();

    for (Connection device : List.of(alicePhone, aliceTablet)) {
      JsonNode reminder = dayReminderTo(device);
      assertThat(reminder.get("day").asText()).isEqualTo("2026-11-27");
      assertThat(reminder.get("at").asText()).isEqualTo("2026-11-27T07:00:01Z");
      assertThat(reminder.has("by")).as("nobody caused it").isFalse();
      assertThat(reminder.get("visits")).extracting(v -> v.get("appointmentId").asText())
          .containsExactly(morning.toString(), meeting.toString(), afternoon.toString());
      JsonNode first = reminder.get("visits").get(0);
      assertThat(first.get("kind").asText()).isEqualTo("job-visit");
      assertThat(first.get("title").asText()).isEqualTo("Survey the loft");
      assertThat(first.get("start").asText()).isEqualTo("2026-11-27T08:30");
      assertThat(first.get("end").asText()).isEqualTo("2026-11-27T09:15");
      assertThat(first.get("startsAt").asText()).isEqualTo("2026-11-27T08:30:00Z");
      assertThat(first.get("jobId").asText()).isEqualTo(JOB.toString());
      assertThat(first.has("notes")).as("no notes in a reminder").isFalse();
      assertThat(reminder.get("visits").get(1).has("jobId")).as("a meeting visits no job").isFalse();
      assertThat(reminder.get("tasks")).singleElement().satisfies(t -> {
        assertThat(t.get("taskId").asText()).isEqualTo(task.streamId());
        assertThat(t.get("title").asText()).isEqualTo("Order the radiators");
        assertThat(t.get("status").asText()).isEqualTo("open");
      });
      assertThat(typesTo(device)).as("the task is also reminded on its own, as before")
          .containsExactlyInAnyOrder("task.due-today", "reminder.today");
    }
    assertThat(dayReminderTo(bobPhone).get("visits")).extracting(v -> v.get("title").asText())
        .containsExactly("Toolbox talk");
    assertThat(dayReminderTo(bobPhone).get("tasks")).isEmpty();
  }

  @Test
  void a_person_with_only_visits_is_reminded_and_one_with_neither_is_not() {
    book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0), FRIDAY.atTime(11, 0), BOB);

    run(FRIDAY);

    assertThat(dayReminderTo(bobPhone).get("visits")).hasSize(1);
    assertThat(dayReminderTo(bobPhone).get("tasks")).isEmpty();
    assertThat(connections.received(alicePhone.id())).isEmpty();
    assertThat(reminders.remindMember(new RemindMember(FRIDAY, ACME, ALICE))).isEqualTo(Reminded.NOT_DUE);
  }

  @Test
  void a_person_with_only_tasks_gets_the_day_reminder_listing_them() {
    StreamId task = task(ACME, "Order the radiators", FRIDAY, BOB);

    run(FRIDAY);

    assertThat(dayReminderTo(bobPhone).get("visits")).isEmpty();
    assertThat(dayReminderTo(bobPhone).get("tasks")).extracting(t -> t.get("taskId").asText())
        .containsExactly(task.streamId());
  }

  @Test
  void blocked_time_is_not_a_visit() {
    book(ACME, AppointmentKind.BLOCKED, "Dentist", FRIDAY.atTime(9, 0), FRIDAY.atTime(10, 0), BOB);

    run(FRIDAY);

    assertThat(connections.received(bobPhone.id())).isEmpty();
  }

  @Test
  void a_cancelled_visit_is_not_listed() {
    AppointmentId cancelled = book(ACME, AppointmentKind.JOB_VISIT, "Called off", FRIDAY.atTime(9, 0),
        FRIDAY.atTime(10, 0), BOB);
    then(ACME, cancelled, id -> new AppointmentCancelled(id, bookingOf(ACME, cancelled),
        Instant.parse("2026-11-26T18:00:00Z"), "customer away", OWNER));
    book(ACME, AppointmentKind.JOB_VISIT, "Still on", FRIDAY.atTime(11, 0), FRIDAY.atTime(12, 0), BOB);

    run(FRIDAY);

    assertThat(dayReminderTo(bobPhone).get("visits")).extracting(v -> v.get("title").asText())
        .containsExactly("Still on");
  }

  @Test
  void a_moved_visit_is_listed_on_its_new_day_only_and_for_its_new_members() {
    AppointmentId moved = book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0),
        FRIDAY.atTime(11, 0), ALICE);
    Booking before = bookingOf(ACME, moved);
    then(ACME, moved, id -> new AppointmentMoved(id, 2, booking(before.kind(), before.title(), SATURDAY.atTime(9, 0),
        SATURDAY.atTime(11, 0), BOB), before, null, OWNER));
    AppointmentId reassigned = book(ACME, AppointmentKind.JOB_VISIT, "Bleed the radiators", FRIDAY.atTime(13, 0),
        FRIDAY.atTime(14, 0), ALICE);
    Booking was = bookingOf(ACME, reassigned);
    then(ACME, reassigned, id -> new AppointmentMoved(id, 2, booking(was.kind(), was.title(), FRIDAY.atTime(15, 0),
        FRIDAY.atTime(16, 0), BOB), was, null, OWNER));

    run(FRIDAY);

    assertThat(connections.received(alicePhone.id())).as("Alice has nothing left on Friday").isEmpty();
    JsonNode bobs = dayReminderTo(bobPhone);
    assertThat(bobs.get("visits")).extracting(v -> v.get("title").asText()).containsExactly("Bleed the radiators");
    assertThat(bobs.get("visits").get(0).get("start").asText()).isEqualTo("2026-11-27T15:00");
  }

  @Test
  void a_visit_the_index_still_lists_but_the_store_has_moved_on_is_not_listed() {
    AppointmentId id = book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0),
        FRIDAY.atTime(11, 0), BOB);
    // cancelled in the store; its flush has not placed it yet
    store.append(List.of(TestEvents.delivered(ACME, 2, new AppointmentCancelled(id, bookingOf(ACME, id),
        Instant.parse("2026-11-27T06:59:00Z"), null, OWNER), OWNER, Role.OWNER).envelope()));

    assertThat(reminders.remindMember(new RemindMember(FRIDAY, ACME, BOB))).isEqualTo(Reminded.NOT_DUE);
    assertThat(connections.received(bobPhone.id())).isEmpty();
  }

  @Test
  void a_task_the_index_lists_for_someone_it_was_passed_on_from_is_not_theirs() {
    StreamId task = task(ACME, "Order the radiators", FRIDAY, BOB);
    // passed to Alice in the store; its flush has not placed it yet
    store.append(List.of(TestEvents.delivered(ACME, 3, new TaskReassigned(TaskStreams.taskId(task), BOB, ALICE), OWNER,
        Role.OWNER).envelope()));

    assertThat(reminders.remindMember(new RemindMember(FRIDAY, ACME, BOB))).isEqualTo(Reminded.NOT_DUE);
  }

  @Test
  void another_business_s_visits_never_reach_a_person_and_the_same_person_id_there_gets_its_own() {
    book(GLOBEX, AppointmentKind.JOB_VISIT, "Their visit", FRIDAY.atTime(9, 0), FRIDAY.atTime(10, 0), ALICE);

    run(FRIDAY);

    assertThat(connections.received(alicePhone.id())).isEmpty();
    assertThat(dayReminderTo(globexAlice).get("visits")).extracting(v -> v.get("title").asText())
        .containsExactly("Their visit");
  }

  @Test
  void a_person_is_reminded_once_a_day_across_reruns_duplicates_and_both_plans_naming_them() {
    book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0), FRIDAY.atTime(11, 0), ALICE);
    task(ACME, "Order the radiators", FRIDAY, ALICE);

    run(FRIDAY);
    clock.advance(Duration.ofHours(1));
    queue.send(List.of(DueTodayReminders.start(FRIDAY), DueTodayReminders.start(FRIDAY),
        new PlanVisits(FRIDAY, null)));
    drain();

    assertThat(typesTo(alicePhone)).containsExactlyInAnyOrder("task.due-today", "reminder.today");
  }

  @Test
  void a_day_with_more_visits_than_a_page_is_planned_page_by_page_and_everyone_reminded_once() {
    for (int i = 1; i <= 7; i++) {
      UserId person = UserId.of("u-fitter-" + i);
      connect("fitter" + i + "=", ACME, person);
      // two visits each: a person may be on two pages
      book(ACME, AppointmentKind.JOB_VISIT, "Morning " + i, FRIDAY.atTime(8, 0), FRIDAY.atTime(9, 0), person);
      book(ACME, AppointmentKind.JOB_VISIT, "Afternoon " + i, FRIDAY.atTime(13, 0), FRIDAY.atTime(14, 0), person);
    }

    queue.send(List.of(DueTodayReminders.start(FRIDAY)));
    List<ReminderWork> done = new ArrayList<>();
    while (!queue.waiting().isEmpty()) {
      List<ReminderWork> batch = queue.take(10);
      assertThat(reminders.handle(batch)).isEmpty();
      done.addAll(batch);
    }

    assertThat(done).filteredOn(PlanVisits.class::isInstance).as("14 visits in pages of 3").hasSizeGreaterThanOrEqualTo(5);
    for (int i = 1; i <= 7; i++) {
      List<String> received = connections.received(ConnectionId.of("fitter" + i + "="));
      List<String> expected = List.of("Morning " + i, "Afternoon " + i);
      assertThat(received).as("fitter " + i).singleElement()
          .satisfies(m -> assertThat(json(m).get("visits")).extracting(v -> v.get("title").asText())
              .containsExactlyElementsOf(expected));
    }
  }

  @Test
  void once_the_day_is_over_no_visits_are_planned_or_sent() {
    book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0), FRIDAY.atTime(11, 0), ALICE);
    clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-28T00:00:00Z")));

    assertThat(reminders.remindMember(new RemindMember(FRIDAY, ACME, ALICE))).isEqualTo(Reminded.DAY_OVER);
    reminders.planVisits(new PlanVisits(FRIDAY, null));
    assertThat(queue.waiting()).isEmpty();
    assertThat(connections.received(alicePhone.id())).isEmpty();
  }

  @Test
  void a_reminder_that_cannot_be_sent_is_given_back_and_sent_when_its_work_is_done_again() {
    book(ACME, AppointmentKind.JOB_VISIT, "Fit the new boiler", FRIDAY.atTime(9, 0), FRIDAY.atTime(11, 0), BOB);
    connections.breakDown(bobPhone.id());

    List<ReminderWork> failed = run(FRIDAY);

    assertThat(failed).containsExactly(new RemindMember(FRIDAY, ACME, BOB));
    connections.repair(bobPhone.id());
    assertThat(reminders.handle(failed)).isEmpty();
    assertThat(dayReminderTo(bobPhone).get("visits")).hasSize(1);
  }

  // --- a diary and tasks as their flushes would leave them

  private final Map<StreamId, List<AppointmentEvent>> appointments = new java.util.HashMap<>();

  private AppointmentId book(TenantId tenant, AppointmentKind kind, String title, LocalDateTime start,
                             LocalDateTime end, UserId... members) {
    AppointmentId id = new AppointmentId(UUID.randomUUID());
    then(tenant, id, a -> new AppointmentBooked(a, booking(kind, title, start, end, members), null, OWNER));
    return id;
  }

  private void then(TenantId tenant, AppointmentId id, java.util.function.Function<AppointmentId, AppointmentEvent> next) {
    StreamId stream = AppointmentStreams.of(tenant, id);
    List<AppointmentEvent> events = appointments.computeIfAbsent(stream, s -> new ArrayList<>());
    AppointmentEvent event = next.apply(id);
    events.add(event);
    store.append(List.of(TestEvents.delivered(tenant, events.size(), event, OWNER, Role.OWNER).envelope()));
    AppointmentVisits folded = AppointmentVisits.empty(stream);
    for (int i = 0; i < events.size(); i++) {
      folded = folded.apply(i + 1, events.get(i));
    }
    visits.place(folded.placement());
  }

  private Booking bookingOf(TenantId tenant, AppointmentId id) {
    AppointmentEvent last = appointments.get(AppointmentStreams.of(tenant, id)).getLast();
    return switch (last) {
      case AppointmentBooked e -> e.booking();
      case AppointmentMoved e -> e.booking();
      case AppointmentCancelled e -> e.booking();
    };
  }

  private static Booking booking(AppointmentKind kind, String title, LocalDateTime start, LocalDateTime end,
                                 UserId... members) {
    return new Booking(kind, start, end, start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant(),
        List.of(members), kind == AppointmentKind.JOB_VISIT ? JOB : null, title, "Key under the mat");
  }

  private StreamId task(TenantId tenant, String title, LocalDate dueDate, UserId assignee) {
    TaskId id = TaskId.of(UUID.randomUUID().toString());
    List<TaskEvent> events = List.of(new TaskCreated(id, title, null, null, dueDate, TaskPriority.NORMAL, List.of()),
        new TaskAssigned(id, assignee));
    StreamId ref = TaskStreams.of(tenant, id);
    TaskDueDates dates = TaskDueDates.empty(ref);
    List<Delivered> commit = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      commit.add(TestEvents.delivered(tenant, i + 1, events.get(i), OWNER, Role.OWNER));
      dates = dates.apply(i + 1, events.get(i));
    }
    store.append(commit.stream().map(Delivered::envelope).toList());
    tasks.place(dates.placement());
    return ref;
  }

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

  private List<String> typesTo(Connection device) {
    return connections.received(device.id()).stream().map(m -> json(m).get("type").asText()).toList();
  }

  private JsonNode dayReminderTo(Connection device) {
    List<JsonNode> reminders = connections.received(device.id()).stream().map(DayRemindersTest::json)
        .filter(m -> m.get("type").asText().equals("reminder.today")).toList();
    assertThat(reminders).as("the day's reminders to " + device.id()).hasSize(1);
    return reminders.getFirst();
  }

  private static JsonNode json(String message) {
    try {
      return EventJson.mapper().readTree(message);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + message, e);
    }
  }
}
