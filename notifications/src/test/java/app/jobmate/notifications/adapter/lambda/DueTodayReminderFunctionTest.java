package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.failed;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.apigateway.FakeManagementApi;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDayVisits;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.diary.visits.AppointmentStreams;
import app.jobmate.notifications.diary.visits.AppointmentVisits;
import app.jobmate.notifications.diary.visits.TodaysVisits;
import app.jobmate.notifications.tasks.reminders.ReminderWork.PlanVisits;
import app.jobmate.notifications.tasks.reminders.ReminderWork.RemindMember;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbReminderLog;
import app.jobmate.notifications.adapter.dynamodb.TemplateTables;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryReminderLog;
import app.jobmate.notifications.adapter.memory.InMemoryReminderQueue;
import app.jobmate.notifications.adapter.sqs.ReminderMessage;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.Sender;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.TaskDueDates;
import app.jobmate.notifications.tasks.reminders.DueTodayReminders;
import app.jobmate.notifications.tasks.reminders.ReminderWork.Remind;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.LocalDynamoDb;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/** SQS batches from the reminder queue, as AWS sends them: a day planned, its tasks reminded through PostToConnection. */
class DueTodayReminderFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93", "a8f1b7d2-3c4e-4f5a-9b6c-7d8e9f0a1b2c",
      "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a");
  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

  private final FakeManagementApi api = FakeManagementApi.start();
  private final ApiGatewayManagementApiClient client = api.client();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-27T07:00:01Z"));
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryDueTasks index = new InMemoryDueTasks();
  private final InMemoryReminderQueue queue = new InMemoryReminderQueue();
  private final InMemoryDayVisits visits = new InMemoryDayVisits();
  private final DueTodayReminderFunction function = new DueTodayReminderFunction(new DueTodayReminders(index,
      new DiaryVisitsOfTheDay(new TodaysVisits(visits, history, EventCodec.standard())),
      new InMemoryReminderLog(clock, Duration.ofMinutes(2)), queue, history, registry,
      new Sender(new ApiGatewayConnections(client), registry), EventCodec.standard(), clock, 100));

  private final Connection alicePhone = connect(ACME, ALICE);
  private final Connection aliceTablet = connect(ACME, ALICE);
  private final Connection bobPhone = connect(ACME, BOB);
  private final Connection globexAlice = connect(GLOBEX, ALICE);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void a_reminder_reaches_every_device_of_the_assignee_through_post_to_connection() {
    StreamId boiler = task(ACME, ALICE);

    SQSBatchResponse response = handle(remind(boiler));

    assertThat(response.getBatchItemFailures()).isEmpty();
    for (Connection device : List.of(alicePhone, aliceTablet)) {
      assertThat(api.received(device.id().value())).singleElement()
          .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("task.due-today"))
          .satisfies(m -> assertThat(json(m).get("title").asText()).isEqualTo("Service the boiler"));
    }
    assertThat(api.attempts()).doesNotContain(bobPhone.id().value(), globexAlice.id().value());
  }

  @Test
  void a_plan_queues_a_reminder_of_each_task_listed_for_the_day() {
    StreamId alices = task(ACME, ALICE);
    StreamId bobs = task(ACME, BOB);

    SQSBatchResponse response = handle(ReminderMessage.write(DueTodayReminders.start(FRIDAY)));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(queue.waiting()).containsExactlyInAnyOrder(new Remind(FRIDAY, alices), new Remind(FRIDAY, bobs),
        new RemindMember(FRIDAY, ACME, ALICE), new RemindMember(FRIDAY, ACME, BOB), new PlanVisits(FRIDAY, null));
  }

  @Test
  void a_plan_of_the_days_visits_queues_a_reminder_of_each_person_with_one() {
    visit(ACME, BOB, "Fit the new boiler", 14);
    visit(GLOBEX, ALICE, "Their visit", 9);

    SQSBatchResponse response = handle(ReminderMessage.write(new PlanVisits(FRIDAY, null)));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(queue.waiting()).containsExactlyInAnyOrder(new RemindMember(FRIDAY, ACME, BOB),
        new RemindMember(FRIDAY, GLOBEX, ALICE));
  }

  @Test
  void a_persons_day_reminder_lists_their_visits_in_start_order_and_tasks_through_post_to_connection() {
    visit(ACME, ALICE, "Fit the new boiler", 14);
    visit(ACME, ALICE, "Survey the loft", 8);
    StreamId boiler = task(ACME, ALICE);

    SQSBatchResponse response = handle(ReminderMessage.write(new RemindMember(FRIDAY, ACME, ALICE)),
        ReminderMessage.write(new RemindMember(FRIDAY, ACME, ALICE)));

    assertThat(response.getBatchItemFailures()).isEmpty();
    for (Connection device : List.of(alicePhone, aliceTablet)) {
      assertThat(api.received(device.id().value())).as("once, though delivered twice").singleElement().satisfies(m -> {
        assertThat(json(m).get("type").asText()).isEqualTo("reminder.today");
        assertThat(json(m).get("visits")).extracting(v -> v.get("title").asText())
            .containsExactly("Survey the loft", "Fit the new boiler");
        assertThat(json(m).get("visits").get(0).get("start").asText()).isEqualTo("2026-11-27T08:00");
        assertThat(json(m).get("tasks")).extracting(t -> t.get("taskId").asText()).containsExactly(boiler.streamId());
      });
    }
    assertThat(api.attempts()).doesNotContain(bobPhone.id().value(), globexAlice.id().value());
  }

  @Test
  void a_connection_answering_410_gone_is_deleted_and_the_other_device_still_gets_the_reminder() {
    StreamId boiler = task(ACME, ALICE);
    api.markGone(alicePhone.id().value());

    SQSBatchResponse response = handle(remind(boiler));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
    assertThat(api.received(aliceTablet.id().value())).hasSize(1);
  }

  @Test
  void only_the_reminder_that_could_not_be_sent_is_reported_and_a_message_delivered_twice_reminds_once() {
    StreamId alices = task(ACME, ALICE);
    StreamId bobs = task(ACME, BOB);
    api.markBroken(bobPhone.id().value());

    SQSBatchResponse response = handle(remind(alices), remind(bobs), remind(alices));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(1));
    assertThat(api.received(alicePhone.id().value())).hasSize(1);
  }

  @Test
  void a_message_that_names_no_work_fails_alone() {
    StreamId boiler = task(ACME, ALICE);

    SQSBatchResponse response = handle("not JSON", "{\"work\":\"remind\",\"day\":\"2026-11-27\"}", remind(boiler));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(0), MESSAGE_IDS.get(1));
    assertThat(api.received(alicePhone.id().value())).hasSize(1);
  }

  @Test
  void snapstart_priming_reads_the_tables_but_writes_nothing() {
    try (LocalDynamoDb dynamoDb = LocalDynamoDb.start(TemplateTables.both())) {
      DynamoDbConnectionRegistry tableRegistry = new DynamoDbConnectionRegistry(dynamoDb.client(),
          TemplateTables.CONNECTIONS);
      DueTodayReminderFunction primed = new DueTodayReminderFunction(new DueTodayReminders(
          new DynamoDbDueTasks(dynamoDb.client(), TemplateTables.CONNECTIONS),
          new DiaryVisitsOfTheDay(new TodaysVisits(new DynamoDbDayVisits(dynamoDb.client(), TemplateTables.CONNECTIONS),
              new DynamoDbEventHistory(dynamoDb.client(), TemplateTables.EVENTS), EventCodec.standard())),
          new DynamoDbReminderLog(dynamoDb.client(), TemplateTables.CONNECTIONS, Duration.ofMinutes(2)), queue,
          new DynamoDbEventHistory(dynamoDb.client(), TemplateTables.EVENTS), tableRegistry,
          new Sender(new ApiGatewayConnections(client), tableRegistry), EventCodec.standard(), java.time.Clock.systemUTC(),
          100));

      primed.prime();

      for (String table : List.of(TemplateTables.CONNECTIONS, TemplateTables.EVENTS)) {
        assertThat(dynamoDb.client().scan(r -> r.tableName(table)).count()).as(table).isZero();
      }
      assertThat(queue.waiting()).isEmpty();
      assertThat(api.attempts()).isEmpty();
    }
  }

  /** A job visit of {@code member} on Friday from {@code hour} for an hour, stored and listed as its flush would. */
  private void visit(TenantId tenant, UserId member, String title, int hour) {
    AppointmentId id = new AppointmentId(UUID.randomUUID());
    java.time.LocalDateTime start = FRIDAY.atTime(hour, 0);
    java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
    AppointmentBooked booked = new AppointmentBooked(id, new Booking(AppointmentKind.JOB_VISIT, start,
        start.plusHours(1), start.atZone(london).toInstant(), start.plusHours(1).atZone(london).toInstant(),
        List.of(member), null, title, null), null, OWNER);
    history.append(List.of(TestEvents.delivered(tenant, 1, booked, OWNER, Role.OWNER).envelope()));
    visits.place(AppointmentVisits.empty(AppointmentStreams.of(tenant, id)).apply(1, booked).placement());
  }

  private static String remind(StreamId task) {
    return ReminderMessage.write(new Remind(FRIDAY, task));
  }

  /** A task of {@code tenant} due on Friday for {@code assignee}, stored and listed as its flush would. */
  private StreamId task(TenantId tenant, UserId assignee) {
    TaskId id = TaskId.of(UUID.randomUUID().toString());
    StreamId ref = TaskStreams.of(tenant, id);
    List<TaskEvent> events = List.of(new TaskCreated(id, "Service the boiler", null, null, FRIDAY, TaskPriority.HIGH,
        List.of()), new TaskAssigned(id, assignee));
    TaskDueDates dates = TaskDueDates.empty(ref);
    List<Delivered> commit = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      commit.add(TestEvents.delivered(tenant, i + 1, events.get(i), OWNER, Role.OWNER));
      dates = dates.apply(i + 1, events.get(i));
    }
    history.append(commit.stream().map(Delivered::envelope).toList());
    index.place(dates.placement());
    return ref;
  }

  private SQSBatchResponse handle(String... bodies) {
    return function.handleRequest(LambdaEvents.sqs("sqs-reminder-event.json", bodies), new TestContext());
  }

  private Connection connect(TenantId tenant, UserId user) {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 15) + "=";
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(Role.STAFF),
        clock.instant().minus(Duration.ofMinutes(30)));
    registry.add(connection);
    return connection;
  }
}
