package app.jobmate.commands.adapter.lambda;

import static app.jobmate.testing.HttpApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.testing.HttpApiCalls;
import app.jobmate.testing.HttpApiCalls.Answer;
import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.adapter.memory.InMemoryPendingConversions;
import app.jobmate.commands.adapter.memory.InMemoryTeamDirectory;
import app.jobmate.commands.customers.CustomerBook;
import app.jobmate.events.StreamId;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaskCommandFunctionTest {

  private static final String ACME = "t-acme";
  private static final String OWNER = "6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807";
  private static final String SAM = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String PRIYA = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a";
  private static final String TASK = "0193b1d0-5e6f-7a80-9b1c-2d3e4f5a6b7c";
  private static final String JOB = "0193b0c4-3333-7abc-8def-0123456789ab";
  private static final String ITEM_1 = "0193b1d0-6000-7000-8000-00000000c001";
  private static final String ITEM_2 = "0193b1d0-6000-7000-8000-00000000c002";
  private static final String ITEM_3 = "0193b1d0-6000-7000-8000-00000000c003";
  private static final String BASE = "/tasks/" + TASK;

  private static final String BRIGHTSIDE = "t-brightside";
  private static final String BEN = "e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b";

  private final InMemoryEventStore store = CustomerBook.withCustomer(new InMemoryEventStore(),
      CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab"), TenantId.of(ACME));
  private final InMemoryTeamDirectory team = new InMemoryTeamDirectory()
      .with(TenantId.of(ACME), UserId.of(OWNER), UserId.of(SAM), UserId.of(PRIYA))
      .with(TenantId.of(BRIGHTSIDE), UserId.of(BEN));
  private final HttpApiCalls api = new HttpApiCalls(new TaskCommandFunction(store, team,
      Clock.fixed(Instant.parse("2026-12-03T08:05:00Z"), ZoneOffset.UTC)));
  private final HttpApiCalls jobs = new HttpApiCalls(new JobCommandFunction(store, new InMemoryPendingConversions(),
      Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC)));

  /** The job the tasks are on, in Acme's books. */
  @BeforeEach
  void theJob() {
    assertThat(jobs.send(call("POST /jobs", "/jobs").as(ACME, OWNER, "[owner]").body("""
        {"jobId": "%s", "customerId": "0193a5a0-1111-7abc-8def-0123456789ab", "title": "New boiler"}""".formatted(JOB)))
        .status()).isEqualTo(201);
  }

  private List<EventEnvelope> storedTaskEvents(String tenant) {
    return store.read(new StreamId(TenantId.of(tenant), "task", TASK)).stream().flatMap(c -> c.events().stream()).toList();
  }

  @Nested
  class The_job_a_task_is_on {

    @Test
    void a_task_on_a_job_that_does_not_exist_is_refused_422_naming_jobId_and_nothing_is_written() {
      Answer answer = asOwner("POST /tasks", "/tasks", """
          {"taskId": "%s", "title": "Fit it", "jobId": "0193b0c4-3333-7abc-8def-00000000dead"}""".formatted(TASK));

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.job-not-found");
      assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("jobId");
      assertThat(storedTaskEvents(ACME)).isEmpty();
    }

    @Test
    void staff_are_refused_creating_a_task_before_anything_is_said_of_its_job() {
      Answer answer = api.send(call("POST /tasks", "/tasks").as(ACME, SAM, "[staff]").body("""
          {"taskId": "%s", "title": "Fit it", "jobId": "0193b0c4-3333-7abc-8def-00000000dead"}""".formatted(TASK)));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(storedTaskEvents(ACME)).isEmpty();
    }

    @Test
    void another_businesses_job_is_a_job_that_does_not_exist() {
      Answer answer = api.send(call("POST /tasks", "/tasks").as(BRIGHTSIDE, BEN, "[owner]").body("""
          {"taskId": "%s", "title": "Fit it", "jobId": "%s"}""".formatted(TASK, JOB)));

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.job-not-found");
      assertThat(storedTaskEvents(BRIGHTSIDE)).isEmpty();
    }

    @Test
    void no_new_task_goes_on_a_cancelled_job_but_a_task_already_on_it_can_still_be_finished() {
      create();
      jobs.send(call("POST /jobs/{jobId}/cancel", "/jobs/" + JOB + "/cancel").as(ACME, OWNER, "[owner]"));

      Answer another = asOwner("POST /tasks", "/tasks", """
          {"taskId": "0193b1d0-5e6f-7a80-9b1c-000000000002", "title": "Another", "jobId": "%s"}""".formatted(JOB));
      Answer finished = asOwner("POST /tasks/{taskId}/cancel", BASE + "/cancel", "{}");

      assertThat(another.status()).isEqualTo(422);
      assertThat(another.json().get("code").asText()).isEqualTo("task.job-closed");
      assertThat(finished.status()).isEqualTo(200);
    }

    @Test
    void moving_a_task_to_a_job_that_does_not_exist_is_refused() {
      create();

      Answer answer = asOwner("PUT /tasks/{taskId}", BASE, """
          {"title": "Fit it", "jobId": "0193b0c4-3333-7abc-8def-00000000dead"}""");

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.job-not-found");
    }
  }

  private static String createBody() {
    return """
        {"taskId": "%s", "title": "Fit the new combi boiler at 14 Elm Road",
         "description": "Old boiler out first; the new one goes in the same cupboard.", "jobId": "%s",
         "dueDate": "2026-12-03", "priority": "high", "assignee": "%s",
         "checklist": [{"itemId": "%s", "text": "Isolate the gas and water supplies"},
                       {"itemId": "%s", "text": "Check the flue clearance"}]}
        """.formatted(TASK, JOB, SAM, ITEM_1, ITEM_2);
  }

  private Answer create() {
    return api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").body(createBody()));
  }

  private Answer asOwner(String routeKey, String path) {
    return api.send(call(routeKey, path).as(ACME, OWNER, "[owner]"));
  }

  private Answer asOwner(String routeKey, String path, String body) {
    return api.send(call(routeKey, path).as(ACME, OWNER, "[owner]").body(body));
  }

  private Answer asStaff(String sub, String routeKey, String path) {
    return api.send(call(routeKey, path).as(ACME, sub, "[staff]"));
  }

  private List<EventEnvelope> stored(String tenant) {
    return store.read(new StreamId(TenantId.of(tenant), "task", TASK)).stream()
        .flatMap(c -> c.events().stream()).toList();
  }

  private List<String> storedTypes() {
    return stored(ACME).stream().map(EventEnvelope::eventType).toList();
  }

  @Nested
  class Answering_commands {

    @Test
    void creating_answers_201_with_the_location_stream_id_and_version() {
      Answer answer = create();

      assertThat(answer.status()).isEqualTo(201);
      assertThat(answer.header("location")).isEqualTo(BASE);
      assertThat(answer.header("etag")).isEqualTo("\"2\"");
      assertThat(answer.json().get("streamId").asText()).isEqualTo(TASK);
      assertThat(answer.json().get("version").asLong()).isEqualTo(2);
      assertThat(storedTypes()).containsExactly("TaskCreated", "TaskAssigned");
      JsonNode created = stored(ACME).getFirst().data();
      assertThat(created.get("priority").asText()).isEqualTo("high");
      assertThat(created.get("checklist")).hasSize(2).allSatisfy(item -> assertThat(item.get("done").asBoolean()).isFalse());
      assertThat(stored(ACME).get(1).data().get("assignee").asText()).isEqualTo(SAM);
      assertThat(stored(ACME).getFirst().actor().userId().value()).isEqualTo(OWNER);
    }

    @Test
    void a_task_with_only_a_title_is_normal_priority_and_no_ones() {
      Answer answer = asOwner("POST /tasks", "/tasks", """
          {"taskId": "%s", "title": "Pick up the flue kit"}""".formatted(TASK));

      assertThat(answer.status()).isEqualTo(201);
      assertThat(storedTypes()).containsExactly("TaskCreated");
      assertThat(stored(ACME).getFirst().data().get("priority").asText()).isEqualTo("normal");
      assertThat(stored(ACME).getFirst().data().get("checklist")).isEmpty();
    }

    @Test
    void every_route_of_the_resource_works() {
      create();
      List<Answer> answers = List.of(
          asOwner("PUT /tasks/{taskId}", BASE, """
              {"title": "Fit the new combi boiler and controls", "priority": "urgent", "dueDate": "2026-12-04",
               "expectedVersion": 2}"""),
          asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"%s\"}".formatted(PRIYA)),
          asOwner("POST /tasks/{taskId}/checklist", BASE + "/checklist", """
              {"itemId": "%s", "text": "Fill in the Benchmark checklist"}""".formatted(ITEM_3)),
          api.send(call("POST /tasks/{taskId}/checklist/{itemId}/tick", BASE + "/checklist/" + ITEM_1 + "/tick")
              .as(ACME, PRIYA, "[staff]")),
          api.send(call("POST /tasks/{taskId}/checklist/{itemId}/untick", BASE + "/checklist/" + ITEM_1 + "/untick")
              .as(ACME, PRIYA, "[staff]")),
          api.send(call("DELETE /tasks/{taskId}/checklist/{itemId}", BASE + "/checklist/" + ITEM_2).as(ACME, OWNER, "[admin]")
              .query("expectedVersion", "7")),
          asStaff(PRIYA, "POST /tasks/{taskId}/start", BASE + "/start"),
          asStaff(PRIYA, "POST /tasks/{taskId}/complete", BASE + "/complete"));

      assertThat(answers).extracting(Answer::status).containsExactly(200, 200, 201, 200, 200, 200, 200, 200);
      assertThat(answers.get(2).header("location")).isEqualTo(BASE + "/checklist/" + ITEM_3);
      assertThat(answers.getLast().json().get("version").asLong()).isEqualTo(10);
      assertThat(storedTypes()).containsExactly("TaskCreated", "TaskAssigned", "TaskChanged", "TaskReassigned",
          "TaskChecklistItemAdded", "TaskChecklistItemTicked", "TaskChecklistItemUnticked", "TaskChecklistItemRemoved",
          "TaskStarted", "TaskCompleted");
      JsonNode changed = stored(ACME).get(2).data();
      assertThat(changed.has("description")).as("a detail left out of a PUT is cleared").isFalse();
      assertThat(changed.has("jobId")).isFalse();
      assertThat(stored(ACME).get(8).data().get("startedAt").asText()).isEqualTo("2026-12-03T08:05:00Z");
    }

    @Test
    void a_task_is_cancelled_with_a_reason() {
      create();

      Answer answer = asOwner("POST /tasks/{taskId}/cancel", BASE + "/cancel", "{\"reason\": \"Customer put it off\"}");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(stored(ACME).getLast().eventType()).isEqualTo("TaskCancelled");
      assertThat(stored(ACME).getLast().data().get("reason").asText()).isEqualTo("Customer put it off");
    }

    @Test
    void an_assignee_of_null_unassigns_the_task() {
      create();

      Answer answer = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": null}");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(stored(ACME).getLast().eventType()).isEqualTo("TaskUnassigned");
      assertThat(stored(ACME).getLast().data().get("from").asText()).isEqualTo(SAM);
    }

    @Test
    void a_command_that_changes_nothing_answers_the_current_version_and_writes_nothing() {
      create();

      Answer same = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"%s\"}".formatted(SAM));

      assertThat(same.status()).isEqualTo(200);
      assertThat(same.json().get("version").asLong()).isEqualTo(2);
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void a_retried_idempotency_key_answers_the_first_result_and_writes_nothing() {
      Answer first = api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").body(createBody())
          .header("idempotency-key", "create-elm-road-boiler"));
      Answer retried = api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").body(createBody())
          .header("idempotency-key", "create-elm-road-boiler"));

      assertThat(retried.status()).isEqualTo(201);
      assertThat(retried.body()).isEqualTo(first.body());
      assertThat(retried.header("idempotent-replayed")).isEqualTo("true");
      assertThat(store.read(new StreamId(TenantId.of(ACME), "task", TASK))).hasSize(1);
    }

    @Test
    void a_retried_start_from_the_field_is_answered_once() {
      create();
      Answer first = api.send(call("POST /tasks/{taskId}/start", BASE + "/start").as(ACME, SAM, "[staff]")
          .header("idempotency-key", "start-1"));
      Answer retried = api.send(call("POST /tasks/{taskId}/start", BASE + "/start").as(ACME, SAM, "[staff]")
          .header("idempotency-key", "start-1"));

      assertThat(List.of(first.status(), retried.status())).containsExactly(200, 200);
      assertThat(retried.header("idempotent-replayed")).isEqualTo("true");
      assertThat(storedTypes()).containsExactly("TaskCreated", "TaskAssigned", "TaskStarted");
    }

    @Test
    void the_same_idempotency_key_with_another_request_is_422() {
      api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").body(createBody()).header("idempotency-key", "k-1"));

      Answer reused = api.send(call("POST /tasks/{taskId}/start", BASE + "/start").as(ACME, OWNER, "[owner]")
          .header("idempotency-key", "k-1"));

      assertThat(reused.status()).isEqualTo(422);
      assertThat(reused.json().get("code").asText()).isEqualTo("command.idempotency-key-reused");
      assertThat(stored(ACME)).hasSize(2);
    }
  }

  @Nested
  class Refusing_bad_input {

    @Test
    void every_invalid_field_is_named_at_once_and_nothing_is_written() {
      Answer answer = asOwner("POST /tasks", "/tasks", """
          {"taskId": "%s", "title": "   ", "priority": "asap", "colour": "red", "dueDate": "03/12/2026",
           "jobId": "job-7", "assignee": "",
           "checklist": [{"itemId": "item-1", "text": "", "done": true}, {"itemId": "%s", "text": "Fine"}]}
          """.formatted(TASK, ITEM_2));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder(
          "colour", "title", "priority", "dueDate", "jobId", "assignee",
          "checklist[0].done", "checklist[0].itemId", "checklist[0].text");
      assertThat(answer.json().get("errors")).anySatisfy(e -> {
        assertThat(e.get("field").asText()).isEqualTo("priority");
        assertThat(e.get("pointer").asText()).isEqualTo("#/priority");
        assertThat(e.get("detail").asText()).contains("asap", "low", "normal", "high", "urgent");
      });
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_blank_title_on_a_change_is_400() {
      create();

      Answer answer = asOwner("PUT /tasks/{taskId}", BASE, "{\"title\": \"\", \"priority\": \"HIGH\"}");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("title", "priority");
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void more_than_100_checklist_items_is_400() {
      String items = IntStream.range(0, 101)
          .mapToObj(i -> "{\"itemId\": \"0193b1d0-6000-7000-8000-%012d\", \"text\": \"Item %d\"}".formatted(i, i))
          .collect(Collectors.joining(", "));

      Answer answer = asOwner("POST /tasks", "/tasks", """
          {"taskId": "%s", "title": "A long list", "checklist": [%s]}""".formatted(TASK, items));

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).singleElement().satisfies(e -> {
        assertThat(e.get("field").asText()).isEqualTo("checklist");
        assertThat(e.get("detail").asText()).contains("100");
      });
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void an_assignee_must_be_a_member_of_the_team() {
      create();
      String madeUp = "0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3";

      Answer someoneElse = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"%s\"}".formatted(BEN));
      Answer nobody = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"%s\"}".formatted(madeUp));
      Answer notAnId = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"unassigned\"}");

      assertThat(someoneElse.status()).isEqualTo(422);
      assertThat(someoneElse.json().get("code").asText()).isEqualTo("task.assignee-not-in-team");
      assertThat(nobody.status()).isEqualTo(422);
      assertThat(notAnId.status()).isEqualTo(400);
      assertThat(notAnId.json().get("errors")).singleElement()
          .satisfies(e -> assertThat(e.get("field").asText()).isEqualTo("assignee"));
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void a_new_task_for_someone_outside_the_team_is_not_created() {
      Answer answer = asOwner("POST /tasks", "/tasks", createBody().replace(SAM, BEN));

      assertThat(answer.status()).isEqualTo(422);
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_due_date_must_have_four_digits_and_sensible_bounds() {
      for (String date : List.of("999999-01-01", "1999-12-31", "2036-12-04")) {
        Answer answer = asOwner("POST /tasks", "/tasks", createBody().replace("2026-12-03", date));

        assertThat(answer.status()).as(date).isEqualTo(400);
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("dueDate");
      }
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void the_assignee_must_be_said_even_to_unassign() {
      create();

      Answer answer = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{}");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors")).singleElement()
          .satisfies(e -> assertThat(e.get("field").asText()).isEqualTo("assignee"));
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void unknown_fields_on_an_action_are_400() {
      create();

      Answer answer = asOwner("POST /tasks/{taskId}/complete", BASE + "/complete", "{\"completedAt\": \"2026-12-01T09:00:00Z\"}");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("completedAt");
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void a_query_parameter_other_than_expected_version_is_400_naming_it_and_nothing_is_written() {
      Answer created = api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").body(createBody())
          .query("tenantId", BRIGHTSIDE).query("status[$ne]", "x"));
      create();
      Answer started = api.send(call("POST /tasks/{taskId}/start", BASE + "/start").as(ACME, SAM, "[staff]")
          .query("expectedVersion", "2").query("$where", "1"));

      assertThat(created.status()).isEqualTo(400);
      assertThat(created.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactly("status[$ne] (query)", "tenantId (query)");
      assertThat(started.status()).isEqualTo(400);
      assertThat(started.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("$where (query)");
      assertThat(storedTypes()).containsExactly("TaskCreated", "TaskAssigned");
      assertThat(store.read(new StreamId(TenantId.of(BRIGHTSIDE), "task", TASK))).isEmpty();
    }

    @Test
    void malformed_json_is_400_and_writes_nothing() {
      Answer answer = asOwner("POST /tasks", "/tasks", "{\"taskId\": \"" + TASK);

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().get("type").asText()).endsWith("/malformed-request");
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void an_oversized_body_is_413() {
      Answer answer = asOwner("POST /tasks", "/tasks", "{\"title\": \"" + "x".repeat(300_000) + "\"}");

      assertThat(answer.status()).isEqualTo(413);
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void ids_in_the_path_that_are_no_uuids_are_404() {
      create();

      assertThat(asOwner("POST /tasks/{taskId}/start", "/tasks/task-1/start").status()).isEqualTo(404);
      assertThat(asOwner("POST /tasks/{taskId}/checklist/{itemId}/tick", BASE + "/checklist/first/tick").status())
          .isEqualTo(404);
    }
  }

  @Nested
  class Guarding_tenants_roles_and_versions {

    @Test
    void another_tenants_task_is_404_and_nothing_is_written() {
      create();

      Answer answer = api.send(call("POST /tasks/{taskId}/cancel", BASE + "/cancel")
          .as("t-brightside", "0b7e8f9a-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "[owner]"));

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.not-found");
      assertThat(stored("t-brightside")).isEmpty();
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void staff_cannot_see_a_task_assigned_to_someone_else() {
      create();

      Answer answer = asStaff(PRIYA, "POST /tasks/{taskId}/complete", BASE + "/complete");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.not-found");
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void staff_may_not_cancel_their_own_task() {
      create();

      Answer answer = api.send(call("POST /tasks/{taskId}/cancel", BASE + "/cancel").as(ACME, SAM, "[staff]")
          .body("{\"reason\": \"Not my kind of job\"}"));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
      assertThat(answer.json().get("code").asText()).isEqualTo("task.forbidden");
      assertThat(answer.json().get("instance").asText()).isEqualTo(BASE + "/cancel");
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void staff_complete_their_own_task() {
      create();

      Answer answer = asStaff(SAM, "POST /tasks/{taskId}/complete", BASE + "/complete");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().get("version").asLong()).isEqualTo(3);
      assertThat(stored(ACME).getLast().eventType()).isEqualTo("TaskCompleted");
      assertThat(stored(ACME).getLast().actor().roles()).extracting(r -> r.wireName()).containsExactly("staff");
    }

    @Test
    void staff_may_not_create_tasks() {
      Answer answer = api.send(call("POST /tasks", "/tasks").as(ACME, SAM, "[staff]").body(createBody()));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void someone_with_no_role_is_403() {
      create();

      Answer answer = api.send(call("POST /tasks/{taskId}/start", BASE + "/start").as(ACME, SAM, "[]"));

      assertThat(answer.status()).isEqualTo(403);
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void a_token_without_a_tenant_or_a_user_is_401() {
      Answer noTenant = api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").withoutClaim("custom:tenant_id")
          .body(createBody()));
      Answer noUser = api.send(call("POST /tasks", "/tasks").as(ACME, OWNER, "[owner]").withoutClaim("sub")
          .body(createBody()));

      assertThat(List.of(noTenant.status(), noUser.status())).containsExactly(401, 401);
      assertThat(stored(ACME)).isEmpty();
    }

    @Test
    void a_stale_expected_version_is_409() {
      create();

      Answer answer = asOwner("POST /tasks/{taskId}/start", BASE + "/start", "{\"expectedVersion\": 1}");

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().get("code").asText()).isEqualTo("command.stale-version");
      assertThat(stored(ACME)).hasSize(2);
    }

    @Test
    void a_finished_task_is_409_with_its_reason() {
      create();
      asStaff(SAM, "POST /tasks/{taskId}/complete", BASE + "/complete");

      Answer answer = asOwner("PUT /tasks/{taskId}/assignee", BASE + "/assignee", "{\"assignee\": \"%s\"}".formatted(PRIYA));

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.finished");
    }

    @Test
    void a_task_id_already_used_is_409() {
      create();

      Answer answer = create();

      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.already-exists");
    }

    @Test
    void a_business_rule_is_422() {
      String hundred = IntStream.range(0, 100)
          .mapToObj(i -> "{\"itemId\": \"0193b1d0-6000-7000-8000-%012d\", \"text\": \"Item %d\"}".formatted(i, i))
          .collect(Collectors.joining(", "));
      asOwner("POST /tasks", "/tasks", """
          {"taskId": "%s", "title": "A long list", "checklist": [%s]}""".formatted(TASK, hundred));

      Answer answer = asOwner("POST /tasks/{taskId}/checklist", BASE + "/checklist", """
          {"itemId": "%s", "text": "One too many"}""".formatted(ITEM_3));

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.checklist-full");
      assertThat(stored(ACME)).hasSize(1);
    }

    @Test
    void an_item_not_on_the_checklist_is_404() {
      create();

      Answer answer = asStaff(SAM, "POST /tasks/{taskId}/checklist/{itemId}/tick", BASE + "/checklist/" + ITEM_3 + "/tick");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.json().get("code").asText()).isEqualTo("task.checklist-item-not-found");
    }
  }

  @Test
  void snapstart_priming_reads_but_writes_nothing() {
    InMemoryEventStore empty = new InMemoryEventStore();
    TaskCommandFunction function = new TaskCommandFunction(empty, new InMemoryTeamDirectory(), Clock.systemUTC());

    function.prime();

    assertThat(empty.read(new StreamId(TenantId.of("snapstart-priming"), "task", "00000000-0000-7000-8000-000000000000")))
        .isEmpty();
  }
}
