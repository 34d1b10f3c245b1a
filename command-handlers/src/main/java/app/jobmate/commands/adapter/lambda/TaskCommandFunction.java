package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.jobs.JobStandings;
import app.jobmate.commands.tasks.TaskCommand;
import app.jobmate.commands.tasks.TaskCommand.AddChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.AssignTask;
import app.jobmate.commands.tasks.TaskCommand.CancelTask;
import app.jobmate.commands.tasks.TaskCommand.ChangeTask;
import app.jobmate.commands.tasks.TaskCommand.CompleteTask;
import app.jobmate.commands.tasks.TaskCommand.CreateTask;
import app.jobmate.commands.tasks.TaskCommand.RemoveChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.StartTask;
import app.jobmate.commands.tasks.TaskCommand.TickChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.UntickChecklistItem;
import app.jobmate.commands.tasks.TaskService;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The task commands of the HTTP API: a REST resource {@code /tasks/{taskId}} with its assignee, its
 * checklist and its actions ({@code start}, {@code complete}, {@code cancel}). Anyone signed in with
 * a role may call it; what each may do to a task is a rule of the task decider (staff work only on
 * the tasks assigned to them). Every command answers with the task's id and its new version.
 */
public final class TaskCommandFunction extends HttpApiFunction {

  private static final String PRIMING_TASK = "00000000-0000-7000-8000-000000000000";

  private final TaskService tasks;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /** Wired from the function's settings: {@code EVENTS_TABLE} (the tasks and the team's record). */
  public TaskCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("TaskCommandFunction", this::prime);
  }

  private TaskCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")), Clock.systemUTC());
  }

  private TaskCommandFunction(EventStore events, Clock clock) {
    this(events, new TeamRecord(events), clock);
  }

  public TaskCommandFunction(EventStore events, TeamDirectory team, Clock clock) {
    this.tasks = new TaskService(new CommandService(events), team, new JobStandings(events));
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /**
   * Starts a task that does not exist, in a tenant that does not exist: strict JSON, claims, the
   * event store read, the decider and problem+json all run, and nothing is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /tasks/{taskId}/start", "/tasks/" + PRIMING_TASK,
        Map.of("taskId", PRIMING_TASK), "{\"expectedVersion\": 0}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 task.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "work on tasks", Role.OWNER, Role.ADMIN, Role.STAFF);
    Principal principal = opened.principal();
    JsonNode json = opened.json();
    Fields body = opened.body();
    Instant now = clock.instant();
    Routed routed = route(request, json, body, principal.actor(), now);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = tasks.handle(principal.tenantId(), routed.command(),
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for; fields are read but not yet checked. */
  private static Routed route(HttpRequest request, JsonNode json, Fields body, Actor actor, Instant now) {
    return switch (request.routeKey()) {
      case "POST /tasks" -> {
        body.allowOnly(TaskRequests.createFields());
        TaskId taskId = TaskRequests.taskId(body);
        var details = TaskRequests.details(body, LocalDate.ofInstant(now, QuoteCommandFunction.LONDON));
        var assignee = TaskRequests.firstAssignee(body);
        var checklist = TaskRequests.checklist(body);
        yield new Routed(body.isValid() ? new CreateTask(taskId, details, assignee, checklist, actor) : null, 201,
            taskId == null ? null : "/tasks/" + taskId);
      }
      case "PUT /tasks/{taskId}" -> {
        body.allowOnly(TaskRequests.detailFields());
        var details = TaskRequests.details(body, LocalDate.ofInstant(now, QuoteCommandFunction.LONDON));
        yield ok(body.isValid() ? new ChangeTask(taskId(request), details, actor) : null);
      }
      case "PUT /tasks/{taskId}/assignee" -> {
        body.allowOnly(TaskRequests.ASSIGNEE, CommandRequests.EXPECTED_VERSION);
        yield ok(new AssignTask(taskId(request), TaskRequests.assignee(json, body), actor));
      }
      case "POST /tasks/{taskId}/checklist" -> {
        body.allowOnly("itemId", "text", CommandRequests.EXPECTED_VERSION);
        TaskId taskId = taskId(request);
        ChecklistItemId itemId = TaskRequests.itemId(body);
        String text = body.required("text", TaskRequests.ITEM_TEXT);
        yield new Routed(body.isValid() ? new AddChecklistItem(taskId, itemId, text, actor) : null, 201,
            itemId == null ? null : "/tasks/" + taskId + "/checklist/" + itemId);
      }
      case "POST /tasks/{taskId}/checklist/{itemId}/tick" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new TickChecklistItem(taskId(request), itemId(request), actor));
      }
      case "POST /tasks/{taskId}/checklist/{itemId}/untick" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new UntickChecklistItem(taskId(request), itemId(request), actor));
      }
      case "DELETE /tasks/{taskId}/checklist/{itemId}" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new RemoveChecklistItem(taskId(request), itemId(request), actor));
      }
      case "POST /tasks/{taskId}/start" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new StartTask(taskId(request), now, actor));
      }
      case "POST /tasks/{taskId}/complete" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new CompleteTask(taskId(request), now, actor));
      }
      case "POST /tasks/{taskId}/cancel" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        yield ok(new CancelTask(taskId(request), now, body.optional("reason", TaskRequests.REASON), actor));
      }
      default -> throw new ProblemException(Problem.notFound(null, "no task command at " + request.routeKey()));
    };
  }

  private static TaskId taskId(HttpRequest request) {
    return CommandRequests.pathId(request, "taskId", TaskId::of);
  }

  private static ChecklistItemId itemId(HttpRequest request) {
    return CommandRequests.pathId(request, "itemId", ChecklistItemId::of);
  }

  private static Routed ok(TaskCommand command) {
    return new Routed(command, 200, null);
  }

  private record Routed(TaskCommand command, int status, String location) {
  }
}
