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
      String samsToday = createTask(cloud, owner, "Service the boiler", samsPhone.userId, day);
      String samsTheDayAfter = createTask(cloud, owner, "Bleed the radiators", samsPhone.userId, day.plusDays(1));
      String samsDoneAlready = createTask(cloud, owner, "Check the pressure", samsPhone.userId, day);
      command(cloud, owner, "POST", "/tasks/" + samsDoneAlready + "/complete", "{}", 200);
      String sophiesToday = createTask(cloud, owner, "Replace the valve", sophie.userId, day);
      String samsMovedAway = createTask(cloud, owner, "Flush the system", samsPhone.userId, day);
      command(cloud, owner, "PUT", "/tasks/" + samsMovedAway, """
          {"title": "Flush the system", "priority": "normal", "dueDate": "%s"}""".formatted(day.plusDays(3)), 200);
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

      // the very event the schedule sent, again: a duplicate invocation or a rerun by hand
      cloud.functions().require("DueTodayFunction").invoke(scheduled.getFirst(), PATIENCE);
      cloud.awaitDrained(PATIENCE);

      assertThat(dueToday(samsPhone)).as("once, and only what is open and due that day").containsExactly(samsToday);
      assertThat(dueToday(samsTablet)).containsExactly(samsToday);
      assertThat(dueToday(sophie)).containsExactly(sophiesToday);
      assertThat(ben.all()).as("Ben, of another business, is told nothing").isEmpty();
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

  private static List<String> listedOn(DynamoDbClient dynamoDb, LocalCloud cloud, LocalDate day) {
    return new DynamoDbDueTasks(dynamoDb, cloud.tableName("ConnectionsTable")).dueOn(day, Optional.empty(), 100).tasks()
        .stream().map(DueTask::task).map(t -> t.streamId()).toList();
  }

  private static List<String> dueToday(Client client) {
    return client.all().stream().filter(m -> m.path("type").asText().equals("task.due-today"))
        .map(m -> m.path("taskId").asText()).toList();
  }
}
