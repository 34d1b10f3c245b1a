package app.jobmate.localcloud;

import app.jobmate.commands.core.UuidV7;
import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.RealTimeEndToEndTest.Client;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDueTasks;
import app.jobmate.notifications.tasks.due.DueTask;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * "Due today" reminders, end to end on Jobmate's template: tasks created over HTTP reach the
 * due-date index through the relay, the bus, the push rule and the flush; then the local cloud's
 * clock — which only its schedules follow — is moved to just before 07:00 in London on the day
 * they are due, the template's ScheduleV2 fires with that occurrence as its {@code time}, and the
 * reminders reach the assignee's real WebSocket clients. The functions keep the real clock (tokens,
 * connections, leases), so the day is tomorrow: for them it has begun nowhere and ended nowhere —
 * the day comes from the scheduled event alone.
 */
class DueTodayEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void at_seven_in_the_morning_each_open_task_due_that_day_reaches_every_device_of_its_assignee_once() throws Exception {
    LocalDate day = LocalDate.now(LONDON).plusDays(1);
    Instant seven = day.atTime(7, 0).atZone(LONDON).toInstant();
    MovableClock clock = new MovableClock(seven.minus(Duration.ofHours(1)));
    List<byte[]> scheduled = new CopyOnWriteArrayList<>();
    try (LocalCloud cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("jobmate-e2e"))
        .withClock(clock)); DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      DemoData.recordTeams(cloud);
      cloud.functions().observe((function, event, start, end, answered) -> {
        if (function.equals("DueTodayFunction")) {
          scheduled.add(event);
        }
      });
      String owner = Http.signIn(cloud, "olivia@acme.example");
      Client samsPhone = Client.connect(cloud, "sam@acme.example");
      Client samsTablet = Client.connect(cloud, "sam@acme.example");
      Client sophie = Client.connect(cloud, "sophie@acme.example");
      Client ben = Client.connect(cloud, "ben@brightside.example");
      Client adam = Client.connect(cloud, "adam@acme.example");
      String samsToday = createTask(cloud, owner, "Service the boiler", samsPhone.userId, day);
      String samsTheDayAfter = createTask(cloud, owner, "Bleed the radiators", samsPhone.userId, day.plusDays(1));
      String samsDoneAlready = createTask(cloud, owner, "Check the pressure", samsPhone.userId, day);
      command(cloud, owner, "POST", "/tasks/" + samsDoneAlready + "/complete", "{}", 200);
      String sophiesToday = createTask(cloud, owner, "Replace the valve", sophie.userId, day);
      String samsMovedAway = createTask(cloud, owner, "Flush the system", samsPhone.userId, day);
      command(cloud, owner, "PUT", "/tasks/" + samsMovedAway, """
          {"title": "Flush the system", "priority": "normal", "dueDate": "%s"}""".formatted(day.plusDays(3)), 200);
      // the diary of that day: booked out of order, one cancelled, one moved to the day after, blocked time, and
      // Adam with a meeting and no task
      book(cloud, owner, "job-visit", "Fit the new boiler", day, "14:00", "15:00", samsPhone.userId);
      book(cloud, owner, "job-visit", "Survey the loft", day, "08:30", "09:30", samsPhone.userId);
      String calledOff = book(cloud, owner, "job-visit", "Called off", day, "11:00", "12:00", samsPhone.userId);
      command(cloud, owner, "POST", "/appointments/" + calledOff + "/cancel", "{\"reason\": \"Customer away\"}", 200);
      String movedOn = book(cloud, owner, "job-visit", "Moved on", day, "16:00", "17:00", samsPhone.userId);
      command(cloud, owner, "POST", "/appointments/" + movedOn + "/move", """
          {"start": "%sT16:00", "end": "%sT17:00", "members": ["%s"]}""".formatted(day.plusDays(1), day.plusDays(1),
          samsPhone.userId), 200);
      book(cloud, owner, "blocked", "Dentist", day, "12:30", "13:00", samsPhone.userId);
      book(cloud, owner, "meeting", "Toolbox talk", day, "10:00", "10:30", adam.userId);
      cloud.awaitDrained(PATIENCE);
      assertThat(listedOn(dynamoDb, cloud, day)).as("the flush listed the open tasks due that day")
          .containsExactlyInAnyOrder(samsToday, sophiesToday);
      assertThat(scheduled).as("nothing fired before 07:00").isEmpty();

      clock.moveTo(seven.minusSeconds(2));

      JsonNode reminder = samsPhone.awaitAbout(samsToday, "task.due-today");
      samsTablet.awaitAbout(samsToday, "task.due-today");
      sophie.awaitAbout(sophiesToday, "task.due-today");
      cloud.awaitDrained(PATIENCE);
      assertThat(reminder.path("title").asText()).isEqualTo("Service the boiler");
      assertThat(reminder.path("dueDate").asText()).isEqualTo(day.toString());
      assertThat(reminder.path("status").asText()).isEqualTo("open");
      assertThat(reminder.has("by")).isFalse();
      assertThat(scheduled).singleElement().satisfies(event -> assertThat(Json.parse(
          new String(event, StandardCharsets.UTF_8)).path("time").asText()).as("the occurrence").isEqualTo(seven.toString()));

      // each person's day: visits in start order on London's clock, and the tasks due
      JsonNode samsDay = awaitDay(samsPhone);
      assertThat(samsDay.path("day").asText()).isEqualTo(day.toString());
      assertThat(samsDay.path("visits")).extracting(v -> v.path("title").asText())
          .as("in start order; not the cancelled, the moved or the blocked").containsExactly("Survey the loft",
              "Fit the new boiler");
      assertThat(samsDay.path("visits").get(0).path("start").asText()).isEqualTo(day + "T08:30");
      assertThat(samsDay.path("visits").get(0).path("end").asText()).isEqualTo(day + "T09:30");
      assertThat(samsDay.path("tasks")).extracting(t -> t.path("taskId").asText()).containsExactly(samsToday);
      awaitDay(samsTablet);
      JsonNode sophiesDay = awaitDay(sophie);
      assertThat(sophiesDay.path("visits")).isEmpty();
      assertThat(sophiesDay.path("tasks")).extracting(t -> t.path("taskId").asText()).containsExactly(sophiesToday);
      JsonNode adamsDay = awaitDay(adam);
      assertThat(adamsDay.path("visits")).extracting(v -> v.path("title").asText()).containsExactly("Toolbox talk");
      assertThat(adamsDay.path("tasks")).isEmpty();
      cloud.awaitDrained(PATIENCE);

      // the very event the schedule sent, again: a duplicate invocation or a rerun by hand
      cloud.functions().require("DueTodayFunction").invoke(scheduled.getFirst(), PATIENCE);
      cloud.awaitDrained(PATIENCE);

      assertThat(dueToday(samsPhone)).as("once, and only what is open and due that day").containsExactly(samsToday);
      assertThat(dueToday(samsTablet)).containsExactly(samsToday);
      assertThat(dueToday(sophie)).containsExactly(sophiesToday);
      assertThat(ben.all()).as("Ben, of another business, is told nothing").isEmpty();
      assertThat(List.of(samsPhone, samsTablet, sophie, adam)).as("one reminder of the day each, though run twice")
          .allSatisfy(client -> assertThat(days(client)).hasSize(1));
      assertThat(List.of(samsTheDayAfter, samsDoneAlready, samsMovedAway))
          .allSatisfy(task -> assertThat(samsPhone.about(task)).noneMatch(m -> m.path("type").asText().equals("task.due-today")));
    }
  }

  private static String createTask(LocalCloud cloud, String token, String title, String assignee, LocalDate dueDate) {
    String task = UuidV7.at(Instant.now()).toString();
    command(cloud, token, "POST", "/tasks", """
        {"taskId": "%s", "title": "%s", "priority": "normal", "assignee": "%s", "dueDate": "%s"}"""
        .formatted(task, title, assignee, dueDate), 201);
    return task;
  }

  private static String book(LocalCloud cloud, String token, String kind, String title, LocalDate day, String from,
                             String to, String member) {
    String appointment = UuidV7.at(Instant.now()).toString();
    command(cloud, token, "POST", "/appointments", """
        {"appointmentId": "%s", "kind": "%s", "start": "%sT%s", "end": "%sT%s", "members": ["%s"], "title": "%s"}"""
        .formatted(appointment, kind, day, from, day, to, member, title), 201);
    return appointment;
  }

  private static JsonNode awaitDay(Client client) {
    return Poll.value(client.userId + " is sent the day's reminder", PATIENCE,
        () -> days(client).isEmpty() ? null : days(client).getFirst(), day -> day != null);
  }

  private static List<JsonNode> days(Client client) {
    return client.all().stream().filter(m -> m.path("type").asText().equals("reminder.today")).toList();
  }

  private static List<String> listedOn(DynamoDbClient dynamoDb, LocalCloud cloud, LocalDate day) {
    return new DynamoDbDueTasks(dynamoDb, cloud.tableName("ConnectionsTable")).dueOn(day, Optional.empty(), 100).tasks()
        .stream().map(DueTask::task).map(t -> t.streamId()).toList();
  }

  private static List<String> dueToday(Client client) {
    return client.all().stream().filter(m -> m.path("type").asText().equals("task.due-today"))
        .map(m -> m.path("taskId").asText()).toList();
  }
}
