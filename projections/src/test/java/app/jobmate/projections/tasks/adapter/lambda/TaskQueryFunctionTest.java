package app.jobmate.projections.tasks.adapter.lambda;

import static app.jobmate.projections.testing.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.memory.InMemoryEventHistory;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.Projector;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.tasks.adapter.memory.InMemoryTaskQueries;
import app.jobmate.projections.tasks.adapter.mongodb.MongoTaskQueries;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.testing.HttpCalls.Answer;
import app.jobmate.projections.testing.HttpCalls.Call;
import app.jobmate.projections.testing.HttpCalls;
import app.jobmate.projections.testing.TaskStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The task query function fed HTTP API events with JWT claims, over in-memory read models. */
class TaskQueryFunctionTest {

  private static final String ACME = "t-acme";
  /** The default token's user: an owner of t-acme. */
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "u-sam";
  private static final String PAT = "u-pat";
  /** Thursday 26 November 2026, 10:00 in London: the week ends on Sunday the 29th. */
  private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
  private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
  private static final JobId JOB = JobId.of("0193a5a0-3333-7abc-8def-0123456789ab");

  private final InMemoryReadModels readModels = new InMemoryReadModels();
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryTaskQueries queries = new InMemoryTaskQueries(readModels);
  private final Projector projector = new Projector(readModels, history, EventCodec.standard(), new TaskReadSide().projections());
  private final HttpCalls api = api(Duration.ofSeconds(10), THURSDAY);
  private final List<TaskStream> tasks = new ArrayList<>();

  private HttpCalls api(Duration maxWait, Clock clock) {
    return new HttpCalls(new TaskQueryFunction(readModels, queries, queries, maxWait, clock));
  }

  private void project(List<EventEnvelope> events) {
    history.append(events);
    assertThat(projector.project(events).allApplied()).isTrue();
  }

  private static String taskId(int n) {
    return String.format("0193a5c0-7c41-7d2e-9f3a-%012d", n);
  }

  /** Creates task {@code n} of {@code tenant}, assigned to {@code assignee} (or no one), and projects it. */
  private TaskStream task(String tenant, int n, String title, LocalDate due, TaskPriority priority, String assignee) {
    TaskStream task = new TaskStream(tenant, TaskId.of(taskId(n)), START.plus(Duration.ofHours(n)));
    List<EventEnvelope> commit = new ArrayList<>();
    commit.add(task.created(title, "About " + title, n == 1 ? JOB : null, due, priority,
        List.of(task.item("First"), task.item("Second"))));
    if (assignee != null) {
      commit.add(task.assigned(assignee));
    }
    project(commit);
    tasks.add(task);
    return task;
  }

  private static Call as(Call call, String user) {
    return call.as(ACME, user, "[staff]");
  }

  /**
   * Six tasks of t-acme: Sam has one overdue, one in progress due today, one done and one without
   * a due date; Pat has one overdue; no one has an old one. t-other has one for a user of its own.
   */
  @BeforeEach
  void sixTasks() {
    TaskStream boiler = task(ACME, 1, "Fix boiler", LocalDate.parse("2026-11-24"), TaskPriority.HIGH, SAM);
    project(List.of(boiler.by(TaskStream.staff(SAM)).ticked(boiler.checklist().getFirst().itemId())));
    TaskStream parts = task(ACME, 2, "Order parts", LocalDate.parse("2026-11-26"), TaskPriority.URGENT, SAM);
    project(List.of(parts.by(TaskStream.staff(SAM)).started()));
    TaskStream fence = task(ACME, 3, "Paint fence", LocalDate.parse("2026-11-20"), TaskPriority.NORMAL, SAM);
    project(List.of(fence.by(TaskStream.staff(SAM)).completed()));
    task(ACME, 4, "Quote extension", LocalDate.parse("2026-11-25"), TaskPriority.NORMAL, PAT);
    task(ACME, 5, "Sweep yard", LocalDate.parse("2026-11-01"), TaskPriority.LOW, null);
    task(ACME, 6, "Tidy van", null, TaskPriority.NORMAL, SAM);
    task("t-other", 7, "Their task", LocalDate.parse("2026-11-01"), TaskPriority.URGENT, SAM);
  }

  private static List<String> titles(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> titles = new ArrayList<>();
    answer.json().get("items").forEach(item -> titles.add(item.get("title").asText()));
    return titles;
  }

  private static List<String> errorFields(Answer answer) {
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  @Nested
  class The_list {

    @Test
    void shows_every_task_of_the_tenant_in_the_work_order_unfinished_first_soonest_due_undated_last() {
      Answer answer = api.send(get("GET /tasks", "/tasks"));

      assertThat(answer.header("content-type")).isEqualTo("application/json");
      assertThat(titles(answer)).containsExactly("Sweep yard", "Fix boiler", "Quote extension", "Order parts", "Tidy van",
          "Paint fence");
      JsonNode boiler = answer.json().get("items").get(1);
      assertThat(boiler.get("taskId").asText()).isEqualTo(taskId(1));
      assertThat(boiler.get("version").asLong()).isEqualTo(3);
      assertThat(boiler.get("status").asText()).isEqualTo("open");
      assertThat(boiler.get("priority").asText()).isEqualTo("high");
      assertThat(boiler.get("assignee").asText()).isEqualTo(SAM);
      assertThat(boiler.get("dueDate").asText()).isEqualTo("2026-11-24");
      assertThat(boiler.get("overdue").asBoolean()).isTrue();
      assertThat(boiler.get("checklistDone").asInt()).isEqualTo(1);
      assertThat(boiler.get("checklistTotal").asInt()).isEqualTo(2);
      assertThat(boiler.get("jobId").asText()).isEqualTo(JOB.toString());
      assertThat(boiler.get("createdAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
      assertThat(boiler.has("history") || boiler.has("checklist") || boiler.has("description"))
          .as("what only the task page shows").isFalse();
      assertThat(boiler.has("queueKey") || boiler.has("dueKey") || boiler.has("priorityKey")).isFalse();
      assertThat(answer.json().get("items").get(3).get("status").asText()).isEqualTo("in-progress");
      assertThat(answer.json().get("items").get(3).get("overdue").asBoolean()).as("due today").isFalse();
      assertThat(answer.json().get("items").get(4).has("dueDate")).isFalse();
      assertThat(answer.json().has("nextCursor")).isFalse();
      assertThat(answer.json().get("limit").asInt()).isEqualTo(25);
      assertThat(answer.json().get("behind").asBoolean()).isFalse();
    }

    @Test
    void filters_by_status_assignee_no_one_job_and_due_dates() {
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("status", "in-progress,done"))))
          .containsExactly("Order parts", "Paint fence");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("assignee", PAT)))).containsExactly("Quote extension");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("assignee", "unassigned"))))
          .containsExactly("Sweep yard");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("jobId", JOB.toString())))).containsExactly("Fix boiler");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("dueFrom", "2026-11-20").query("dueTo", "2026-11-25"))))
          .containsExactly("Fix boiler", "Quote extension", "Paint fence");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("assignee", SAM).query("status", "open"))))
          .containsExactly("Fix boiler", "Tidy van");
    }

    @Test
    void sorts_by_one_of_the_offered_orders() {
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("sort", "priority"))))
          .as("most urgent first, then by due date").containsExactly("Order parts", "Fix boiler", "Paint fence",
              "Quote extension", "Tidy van", "Sweep yard");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("sort", "created"))))
          .as("newest first by default").containsExactly("Tidy van", "Sweep yard", "Quote extension", "Paint fence",
              "Order parts", "Fix boiler");
      assertThat(titles(api.send(get("GET /tasks", "/tasks").query("sort", "due").query("order", "desc"))))
          .containsExactly("Tidy van", "Order parts", "Quote extension", "Fix boiler", "Paint fence", "Sweep yard");
    }

    @Test
    void pages_with_a_cursor_without_repeating_or_skipping_a_task_while_tasks_are_added() {
      List<String> seen = new ArrayList<>();
      Answer page = api.send(get("GET /tasks", "/tasks").query("limit", "2").query("sort", "created").query("order", "asc"));
      int added = 0;
      while (true) {
        seen.addAll(titles(page));
        task(ACME, 100 + added, "Added " + added, null, TaskPriority.LOW, PAT);
        added++;
        if (!page.json().has("nextCursor")) {
          break;
        }
        page = api.send(get("GET /tasks", "/tasks").query("limit", "2").query("sort", "created").query("order", "asc")
            .query("cursor", page.json().get("nextCursor").asText()));
      }

      assertThat(seen).doesNotHaveDuplicates();
      assertThat(seen.subList(0, 6)).containsExactly("Fix boiler", "Order parts", "Paint fence", "Quote extension",
          "Sweep yard", "Tidy van");
      assertThat(seen).as("tasks added behind the cursor are reached too").contains("Added 0", "Added 1");
    }

    @Test
    void a_page_larger_than_one_hundred_is_capped_at_one_hundred() {
      for (int n = 0; n < 100; n++) {
        task(ACME, 1_000 + n, "Batch " + n, null, TaskPriority.LOW, null);
      }

      Answer answer = api.send(get("GET /tasks", "/tasks").query("limit", "500"));

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("items")).hasSize(100);
      assertThat(answer.json().get("limit").asInt()).isEqualTo(100);
      assertThat(answer.json().has("nextCursor")).isTrue();
    }

    @Test
    void bad_parameters_are_a_400_naming_each_one() {
      Answer answer = api.send(get("GET /tasks", "/tasks").query("colour", "blue").query("status", "lost")
          .query("sort", "title").query("order", "up").query("limit", "0").query("dueFrom", "yesterday")
          .query("cursor", "bm90IGEgY3Vyc29y").query("jobId", "{\"$ne\": null}").query("assignee", ""));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
      assertThat(errorFields(answer)).containsExactlyInAnyOrder("colour (query)", "status (query)", "sort (query)",
          "order (query)", "limit (query)", "dueFrom (query)", "cursor (query)", "jobId (query)", "assignee (query)");
      assertThat(answer.body()).contains("must be one of queue, due, priority, created, updated",
          "must be one of open, in-progress, done, cancelled");
    }

    @Test
    void a_backwards_due_range_and_a_cursor_of_another_order_are_a_400() {
      Answer first = api.send(get("GET /tasks", "/tasks").query("limit", "2"));
      Answer otherOrder = api.send(get("GET /tasks", "/tasks").query("sort", "due")
          .query("cursor", first.json().get("nextCursor").asText()));
      Answer backwards = api.send(get("GET /tasks", "/tasks").query("dueFrom", "2026-11-30").query("dueTo", "2026-11-01"));

      assertThat(otherOrder.status()).isEqualTo(400);
      assertThat(errorFields(otherOrder)).containsExactly("cursor (query)");
      assertThat(backwards.status()).isEqualTo(400);
      assertThat(errorFields(backwards)).containsExactly("dueTo (query)");
    }
  }

  @Nested
  class Staff {

    @Test
    void see_only_the_tasks_assigned_to_them_on_the_list_and_on_my_tasks() {
      Answer list = api.send(as(get("GET /tasks", "/tasks"), SAM));
      Answer named = api.send(as(get("GET /tasks", "/tasks").query("assignee", SAM), SAM));
      Answer mine = api.send(as(get("GET /tasks/mine", "/tasks/mine"), SAM));

      assertThat(titles(list)).containsExactly("Fix boiler", "Order parts", "Tidy van", "Paint fence");
      assertThat(titles(named)).isEqualTo(titles(list));
      assertThat(titles(mine)).isEqualTo(titles(list));
    }

    @Test
    void asking_for_someone_elses_tasks_or_the_unassigned_ones_is_a_403_not_an_empty_page() {
      Answer pats = api.send(as(get("GET /tasks", "/tasks").query("assignee", PAT), SAM));
      Answer nobodys = api.send(as(get("GET /tasks", "/tasks").query("assignee", "unassigned"), SAM));

      assertThat(pats.status()).isEqualTo(403);
      assertThat(pats.header("content-type")).isEqualTo("application/problem+json");
      assertThat(nobodys.status()).isEqualTo(403);
    }

    @Test
    void read_their_own_task_but_another_persons_is_not_found() {
      Answer own = api.send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(1)), SAM));
      Answer pats = api.send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(4)), SAM));
      Answer nobodys = api.send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(5)), SAM));

      assertThat(own.status()).isEqualTo(200);
      assertThat(own.json().get("title").asText()).isEqualTo("Fix boiler");
      assertThat(pats.status()).isEqualTo(404);
      assertThat(pats.json().get("code").asText()).isEqualTo("task.not-found");
      assertThat(nobodys.status()).isEqualTo(404);
    }

    @Test
    void a_task_reassigned_away_from_them_disappears_from_their_lists_and_page() {
      TaskStream boiler = tasks.getFirst();
      project(List.of(boiler.by(TaskStream.OWNER).reassigned(PAT)));

      Answer page = api.send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(1)), SAM));
      Answer mine = api.send(as(get("GET /tasks/mine", "/tasks/mine"), SAM));
      Answer patsMine = api.send(as(get("GET /tasks/mine", "/tasks/mine"), PAT));

      assertThat(page.status()).isEqualTo(404);
      assertThat(titles(mine)).containsExactly("Order parts", "Tidy van", "Paint fence");
      assertThat(titles(patsMine)).containsExactly("Fix boiler", "Quote extension");
    }

    @Test
    void may_not_see_the_open_tasks_of_everyone() {
      Answer report = api.send(as(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee"), SAM));

      assertThat(report.status()).isEqualTo(403);
    }

    @Test
    void a_token_without_a_role_may_read_nothing_and_one_without_a_tenant_is_a_401() {
      assertThat(api.send(get("GET /tasks/mine", "/tasks/mine").as(ACME, SAM, "[]")).status()).isEqualTo(403);
      assertThat(api.send(get("GET /tasks/mine", "/tasks/mine").withoutClaim("custom:tenant_id")).status()).isEqualTo(401);
    }
  }

  @Nested
  class My_tasks {

    @Test
    void are_the_callers_filtered_by_status_and_due_dates_and_paged() {
      Answer open = api.send(as(get("GET /tasks/mine", "/tasks/mine").query("status", "open,in-progress"), SAM));
      Answer dueThisWeek = api.send(as(get("GET /tasks/mine", "/tasks/mine").query("dueFrom", "2026-11-26")
          .query("dueTo", "2026-11-29"), SAM));
      Answer firstPage = api.send(as(get("GET /tasks/mine", "/tasks/mine").query("limit", "3"), SAM));
      Answer secondPage = api.send(as(get("GET /tasks/mine", "/tasks/mine").query("limit", "3")
          .query("cursor", firstPage.json().get("nextCursor").asText()), SAM));

      assertThat(titles(open)).containsExactly("Fix boiler", "Order parts", "Tidy van");
      assertThat(titles(dueThisWeek)).containsExactly("Order parts");
      assertThat(titles(firstPage)).containsExactly("Fix boiler", "Order parts", "Tidy van");
      assertThat(titles(secondPage)).containsExactly("Paint fence");
      assertThat(secondPage.json().has("nextCursor")).isFalse();
    }

    @Test
    void of_an_owner_are_the_tasks_assigned_to_the_owner() {
      task(ACME, 8, "Owner's own", LocalDate.parse("2026-12-01"), TaskPriority.NORMAL, OWNER);

      assertThat(titles(api.send(get("GET /tasks/mine", "/tasks/mine")))).containsExactly("Owner's own");
    }

    @Test
    void take_no_filter_on_whose_or_order_they_are() {
      Answer answer = api.send(as(get("GET /tasks/mine", "/tasks/mine").query("assignee", PAT).query("sort", "due"), SAM));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(errorFields(answer)).containsExactlyInAnyOrder("assignee (query)", "sort (query)");
    }
  }

  @Nested
  class The_task_page {

    @Test
    void shows_the_details_checklist_progress_steps_and_history_with_who_and_when() {
      Answer answer = api.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(2)));

      assertThat(answer.status()).isEqualTo(200);
      JsonNode task = answer.json();
      assertThat(task.get("taskId").asText()).isEqualTo(taskId(2));
      assertThat(task.get("version").asLong()).isEqualTo(3);
      assertThat(task.get("description").asText()).isEqualTo("About Order parts");
      assertThat(task.get("status").asText()).isEqualTo("in-progress");
      assertThat(task.get("startedAt").asText()).isEqualTo("2026-11-02T11:02:00Z");
      assertThat(task.get("createdBy").asText()).isEqualTo("u-owner");
      assertThat(task.at("/checklist/0/text").asText()).isEqualTo("First");
      assertThat(task.at("/checklist/0/done").asBoolean()).isFalse();
      assertThat(task.get("checklistTotal").asInt()).isEqualTo(2);
      List<String> history = new ArrayList<>();
      task.get("history").forEach(h -> history.add(h.get("event").asText() + " by " + h.get("by").asText() + " at "
          + h.get("at").asText()));
      assertThat(history).containsExactly("TaskCreated by u-owner at 2026-11-02T11:00:00Z",
          "TaskAssigned by u-owner at 2026-11-02T11:01:00Z", "TaskStarted by u-sam at 2026-11-02T11:02:00Z");
      assertThat(task.at("/history/2/roles/0").asText()).isEqualTo("staff");
      assertThat(task.at("/history/2/status").asText()).isEqualTo("in-progress");
      assertThat(task.get("overdue").asBoolean()).isFalse();
      assertThat(task.get("behind").asBoolean()).isFalse();
      assertThat(task.has("queueKey")).isFalse();
    }

    @Test
    void the_ticked_items_say_who_ticked_them() {
      JsonNode task = api.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(1))).json();

      assertThat(task.at("/checklist/0/done").asBoolean()).isTrue();
      assertThat(task.at("/checklist/0/doneBy").asText()).isEqualTo(SAM);
      assertThat(task.at("/checklist/1/done").asBoolean()).isFalse();
      assertThat(task.at("/checklist/1").has("doneBy")).isFalse();
      assertThat(task.get("checklistDone").asInt()).isEqualTo(1);
      assertThat(task.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void another_tenants_task_and_a_malformed_id_are_not_found() {
      Answer theirs = api.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(7)));
      Answer malformed = api.send(get("GET /tasks/{taskId}", "/tasks/7"));

      assertThat(theirs.status()).isEqualTo(404);
      assertThat(theirs.header("content-type")).isEqualTo("application/problem+json");
      assertThat(malformed.status()).isEqualTo(404);
      assertThat(api.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(7)).as("t-other", OWNER, "[admin]")).status())
          .isEqualTo(200);
    }

    @Test
    void an_unknown_or_bad_parameter_is_a_400() {
      Answer answer = api.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(1)).query("fields", "title")
          .query("minVersion", "0"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(errorFields(answer)).containsExactlyInAnyOrder("fields (query)", "minVersion (query)");
    }

    @Test
    void overdue_starts_at_midnight_in_london_not_utc() {
      TaskStream summer = task(ACME, 9, "Summer job", LocalDate.parse("2026-07-01"), TaskPriority.NORMAL, null);
      Clock lateOnTheFirst = Clock.fixed(Instant.parse("2026-07-01T22:59:59Z"), ZoneOffset.UTC);
      Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-07-01T23:00:00Z"), ZoneOffset.UTC);

      Call page = get("GET /tasks/{taskId}", "/tasks/" + summer.taskId());

      assertThat(api(Duration.ZERO, lateOnTheFirst).send(page).json().get("overdue").asBoolean()).isFalse();
      assertThat(api(Duration.ZERO, justAfterMidnight).send(page).json().get("overdue").asBoolean())
          .as("00:00 on 2 July in London (BST)").isTrue();
    }
  }

  @Nested
  class Reading_your_own_write {

    @Test
    void the_page_waits_until_the_task_reaches_the_version_then_answers_up_to_date() throws Exception {
      TaskStream boiler = tasks.getFirst();
      EventEnvelope started = boiler.by(TaskStream.staff(SAM)).started();

      CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> api.send(
          as(get("GET /tasks/{taskId}", "/tasks/" + taskId(1)).query("minVersion", Long.toString(started.version())), SAM)));
      assertThat(answer).as("still waiting for version " + started.version()).isNotDone();
      project(List.of(started));

      Answer done = answer.get(30, TimeUnit.SECONDS);
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.json().get("version").asLong()).isEqualTo(started.version());
      assertThat(done.json().get("status").asText()).isEqualTo("in-progress");
      assertThat(done.json().get("behind").asBoolean()).isFalse();
      assertThat(done.header("x-read-model-behind")).isNull();
    }

    @Test
    void the_lists_wait_for_the_named_task_to_reach_the_version() throws Exception {
      TaskStream yard = tasks.get(4);
      EventEnvelope assigned = yard.by(TaskStream.OWNER).assigned(SAM);

      CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(() -> api.send(as(get("GET /tasks/mine",
          "/tasks/mine").query("minVersion", taskId(5) + ":" + assigned.version()), SAM)));
      assertThat(answer).isNotDone();
      project(List.of(assigned));

      Answer done = answer.get(30, TimeUnit.SECONDS);
      assertThat(done.json().get("behind").asBoolean()).isFalse();
      assertThat(titles(done)).startsWith("Sweep yard");
    }

    @Test
    void answers_what_it_has_after_the_wait_saying_it_is_behind() {
      HttpCalls impatient = api(Duration.ofMillis(200), THURSDAY);
      String behindBy = taskId(1) + ":9";

      Answer page = impatient.send(get("GET /tasks/{taskId}", "/tasks/" + taskId(1)).query("minVersion", "9"));
      Answer list = impatient.send(get("GET /tasks", "/tasks").query("minVersion", behindBy));
      Answer mine = impatient.send(as(get("GET /tasks/mine", "/tasks/mine").query("minVersion", behindBy), SAM));
      Answer report = impatient.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee")
          .query("minVersion", behindBy));

      for (Answer answer : List.of(page, list, mine, report)) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("behind").asBoolean()).isTrue();
        assertThat(answer.header("x-read-model-behind")).isEqualTo("true");
      }
      assertThat(page.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_task_not_there_after_the_wait_is_not_found_and_says_the_read_model_is_behind() {
      Answer answer = api(Duration.ofMillis(100), THURSDAY).send(get("GET /tasks/{taskId}", "/tasks/" + taskId(55))
          .query("minVersion", "1"));

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.header("x-read-model-behind")).isEqualTo("true");
    }

    @Test
    void a_task_just_assigned_to_staff_whose_assignment_has_not_arrived_is_not_found_yet_and_says_so() {
      TaskStream extension = tasks.get(3);
      EventEnvelope toSam = extension.by(TaskStream.OWNER).reassigned(SAM);

      Answer early = api(Duration.ofMillis(100), THURSDAY).send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(4))
          .query("minVersion", Long.toString(toSam.version())), SAM));
      project(List.of(toSam));
      Answer later = api.send(as(get("GET /tasks/{taskId}", "/tasks/" + taskId(4))
          .query("minVersion", Long.toString(toSam.version())), SAM));

      assertThat(early.status()).isEqualTo(404);
      assertThat(early.header("x-read-model-behind")).isEqualTo("true");
      assertThat(later.status()).isEqualTo(200);
    }

    @Test
    void a_malformed_min_version_is_a_400() {
      Answer answer = api.send(get("GET /tasks", "/tasks").query("minVersion", "7"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body()).contains("<taskId>:<version>");
    }
  }

  @Nested
  class Open_tasks_by_assignee {

    @Test
    void counts_each_persons_open_in_progress_overdue_and_due_tasks_with_the_unassigned_and_the_total() {
      Answer answer = api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee"));

      assertThat(answer.status()).isEqualTo(200);
      JsonNode report = answer.json();
      assertThat(report.get("today").asText()).isEqualTo("2026-11-26");
      assertThat(report.get("weekEnds").asText()).isEqualTo("2026-11-29");
      assertThat(report.at("/assignees/0/assignee").asText()).isEqualTo(SAM);
      assertThat(figures(report.at("/assignees/0"))).containsExactly(3L, 1L, 1L, 1L, 1L);
      assertThat(report.at("/assignees/1/assignee").asText()).isEqualTo(PAT);
      assertThat(figures(report.at("/assignees/1"))).containsExactly(1L, 0L, 1L, 0L, 0L);
      assertThat(report.get("assignees")).hasSize(2);
      assertThat(figures(report.get("unassigned"))).containsExactly(1L, 0L, 1L, 0L, 0L);
      assertThat(figures(report.get("total"))).containsExactly(5L, 1L, 3L, 1L, 1L);
      assertThat(report.at("/assignees/0").has("overdueTasks")).as("not asked for").isFalse();
      assertThat(report.get("behind").asBoolean()).isFalse();
    }

    @Test
    void lists_the_longest_overdue_tasks_of_each_person_and_of_no_one_when_asked() {
      task(ACME, 10, "Older for Sam", LocalDate.parse("2026-11-10"), TaskPriority.LOW, SAM);
      task(ACME, 11, "Oldest for Sam", LocalDate.parse("2026-11-03"), TaskPriority.NORMAL, SAM);

      JsonNode report = api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee")
          .query("overdueTasks", "2")).json();

      assertThat(report.at("/assignees/0/assignee").asText()).isEqualTo(SAM);
      assertThat(report.at("/assignees/0/overdue").asLong()).isEqualTo(3);
      List<String> sams = new ArrayList<>();
      report.at("/assignees/0/overdueTasks").forEach(t -> sams.add(t.get("title").asText() + " "
          + t.get("daysOverdue").asLong()));
      assertThat(sams).containsExactly("Oldest for Sam 23", "Older for Sam 16");
      assertThat(report.at("/unassigned/overdueTasks/0/title").asText()).isEqualTo("Sweep yard");
      assertThat(report.at("/unassigned/overdueTasks/0/daysOverdue").asLong()).isEqualTo(25);
      assertThat(report.at("/unassigned/overdueTasks/0").has("history")).isFalse();
      assertThat(report.get("overdueTasks").asInt()).isEqualTo(2);
    }

    @Test
    void today_is_the_clocks_so_tomorrow_more_is_overdue() {
      Clock friday = Clock.offset(THURSDAY, Duration.ofDays(1));

      JsonNode report = api(Duration.ZERO, friday).send(get("GET /reports/open-tasks-by-assignee",
          "/reports/open-tasks-by-assignee")).json();

      assertThat(report.get("today").asText()).isEqualTo("2026-11-27");
      assertThat(report.at("/total/overdue").asLong()).as("Order parts, due on the 26th, too").isEqualTo(4);
      assertThat(report.at("/total/dueToday").asLong()).isZero();
    }

    @Test
    void bad_parameters_are_a_400_naming_each_one() {
      Answer answer = api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee")
          .query("overdueTasks", "-1").query("from", "2026-11-01"));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(errorFields(answer)).containsExactlyInAnyOrder("overdueTasks (query)", "from (query)");
    }

    @Test
    void an_admin_may_see_it_and_another_tenant_sees_only_its_own() {
      Answer admin = api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee")
          .as(ACME, "u-admin", "[admin]"));
      Answer other = api.send(get("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee")
          .as("t-other", OWNER, "[owner]"));

      assertThat(admin.status()).isEqualTo(200);
      assertThat(other.json().at("/total/open").asLong()).isEqualTo(1);
      assertThat(other.json().at("/assignees/0/assignee").asText()).isEqualTo(SAM);
    }

    private static List<Long> figures(JsonNode node) {
      return List.of(node.get("open").asLong(), node.get("inProgress").asLong(), node.get("overdue").asLong(),
          node.get("dueToday").asLong(), node.get("dueThisWeek").asLong());
    }
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    MongoDatabase database = EmbeddedMongo.freshDatabase();
    MongoReadModels mongo = new MongoReadModels(database, ReadSides.ALL);
    TaskQueryFunction function = new TaskQueryFunction(mongo, new MongoTaskQueries(mongo), new MongoTaskQueries(mongo),
        Duration.ofSeconds(1), THURSDAY);

    function.prime();

    assertThat(database.listCollectionNames().into(new HashSet<>())).isEmpty();
  }

  @Test
  void unknown_routes_are_not_found() {
    assertThat(api.send(get("GET /tasks/{taskId}/history", "/tasks/" + taskId(1) + "/history")).status()).isEqualTo(404);
  }
}
