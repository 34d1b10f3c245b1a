package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.Role;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.Waited;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.adapter.mongodb.MongoTaskQueries;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.paging.SortOrder;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.tasks.TaskTimes;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.TaskCursor;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskListSort;
import app.jobmate.projections.tasks.list.TaskPage;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.tasks.workload.OpenTaskQueries;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee.Figures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The task queries of the HTTP API (DOMAIN.md, tasks and reports):
 * <ul>
 *   <li>{@code GET /tasks}: owners and admins, every task of the tenant; staff, only the tasks
 *       assigned to them (naming anyone else's is a 403, not an empty page);</li>
 *   <li>{@code GET /tasks/mine}: anyone, the tasks assigned to the caller in the work order;</li>
 *   <li>{@code GET /tasks/{taskId}}: the task page; for staff, a task not assigned to them is not
 *       found, so a task reassigned away from them disappears;</li>
 *   <li>{@code GET /reports/open-tasks-by-assignee}: owners and admins.</li>
 * </ul>
 * The tenant is the token's; another tenant's task is not found. Today is the London day of the
 * function's clock. {@code minVersion} works as for the quotes (see {@link ReadYourWrites}).
 */
public final class TaskQueryFunction extends HttpApiFunction {

  private static final ObjectMapper JSON = ReadYourWrites.JSON;
  /** The assignee filter's value for the tasks no one has (user ids are Cognito subs, UUIDs: never this). */
  static final String UNASSIGNED = "unassigned";
  private static final int MAX_OVERDUE_TASKS = 20;
  /** What a list leaves out of a task: what only the task page shows. */
  private static final List<String> PAGE_ONLY = List.of("description", "checklist", "history");
  private static final Function<String, MinVersion> MIN_VERSION = MinVersion.parser(TaskId::of, "taskId");
  private static final String PRIMING = "snapstart-priming";
  private static final String PRIMING_TASK = "00000000-0000-7000-8000-000000000000";

  private final ReadModels readModels;
  private final TaskListQueries list;
  private final OpenTaskQueries open;
  private final ReadYourWrites freshness;
  private final Clock clock;

  /** Wired from the function's settings (see {@link ReadSide}) and {@code READ_MODEL_WAIT_MS}. */
  public TaskQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("TaskQueryFunction", this::prime);
  }

  private TaskQueryFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings, MongoReadModels::forTasks), ReadSide.maxWait(settings));
  }

  private TaskQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoTaskQueries(readModels), new MongoTaskQueries(readModels), maxWait, Clock.systemUTC());
  }

  public TaskQueryFunction(ReadModels readModels, TaskListQueries list, OpenTaskQueries open, Duration maxWait,
                           Clock clock) {
    this.readModels = readModels;
    this.list = list;
    this.open = open;
    this.freshness = new ReadYourWrites(maxWait);
    this.clock = clock;
  }

  /**
   * Asks every route, as an owner of a tenant that does not exist (the task page for a task that
   * does not exist): claims, parameters, the read model's reads, the aggregation and JSON all run,
   * and nothing is written.
   */
  void prime() {
    Map<String, String> claims = Map.of("sub", PRIMING, Principal.TENANT_CLAIM, PRIMING, Principal.GROUPS_CLAIM, "[owner]");
    handle(new HttpRequest("GET /tasks", "/tasks", Map.of(), Map.of("status", "open,in-progress", "sort", "due"),
        Map.of(), null, PRIMING, claims));
    handle(new HttpRequest("GET /tasks/mine", "/tasks/mine", Map.of(), Map.of(), Map.of(), null, PRIMING, claims));
    handle(new HttpRequest("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee", Map.of(),
        Map.of("overdueTasks", "3"), Map.of(), null, PRIMING, claims));
    try {
      handle(new HttpRequest("GET /tasks/{taskId}", "/tasks/" + PRIMING_TASK, Map.of("taskId", PRIMING_TASK), Map.of(),
          Map.of(), null, PRIMING, claims));
    } catch (ProblemException e) {
      if (e.problem().status() != 404) {
        throw e;
      }
    }
  }

  /** MongoDB out of reach (a failover, a partition) is a 503 to try again, not a 500. */
  @Override
  protected boolean unavailable(RuntimeException failure) {
    return ReadSide.outOfReach(failure);
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    Principal principal = Principal.fromClaims(request.claims());
    principal.requireAny("read tasks", Role.OWNER, Role.ADMIN, Role.STAFF);
    return switch (request.routeKey()) {
      case "GET /tasks" -> list(principal, request);
      case "GET /tasks/mine" -> mine(principal, request);
      case "GET /tasks/{taskId}" -> task(principal, request);
      case "GET /reports/open-tasks-by-assignee" -> openByAssignee(principal, request);
      default -> throw new ProblemException(Problem.notFound(null, "no task query at " + request.routeKey()));
    };
  }

  private HttpResponse list(Principal principal, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "status", "assignee", "jobId", "dueFrom", "dueTo",
        "sort", "order", "cursor", "limit", "minVersion");
    Set<TaskStatus> statuses = p.optional("status", QueryParameters.someOf(TaskStatus.class, TaskStatus::wireName));
    WhoseTasks asked = p.optional("assignee", TaskQueryFunction::whose);
    JobId jobId = p.optional("jobId", JobId::of);
    LocalDate dueFrom = p.optional("dueFrom", LocalDate::parse);
    LocalDate dueTo = p.optional("dueTo", LocalDate::parse);
    TaskListSort sort = p.optional("sort", QueryParameters.oneOf(TaskListSort.values(), TaskListSort::wireName));
    SortOrder order = p.optional("order", QueryParameters.oneOf(SortOrder.values(), SortOrder::wireName));
    TaskCursor cursor = p.optional("cursor", TaskCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListTasks.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    rejectBackwardsDueRange(p, dueFrom, dueTo);
    TaskListSort effectiveSort = sort == null ? TaskListSort.QUEUE : sort;
    SortOrder effectiveOrder = order == null ? effectiveSort.defaultOrder() : order;
    if (cursor != null && (cursor.sort() != effectiveSort || cursor.order() != effectiveOrder)) {
      p.reject("cursor", "belongs to another order of the list; keep sort and order while paging");
    }
    p.throwIfInvalid();
    WhoseTasks whose;
    if (manages(principal)) {
      whose = asked == null ? new WhoseTasks.Everyone() : asked;
    } else {
      whose = new WhoseTasks.AssignedTo(principal.userId());
      if (asked != null && !asked.equals(whose)) {
        throw new ProblemException(Problem.forbidden("staff may only list the tasks assigned to them; "
            + "leave out assignee, or use /tasks/mine"));
      }
    }
    return page(principal.tenantId(), new ListTasks(principal.tenantId(), statuses, whose, jobId, dueFrom, dueTo,
        effectiveSort, effectiveOrder, cursor, limit == null ? ListTasks.DEFAULT_LIMIT : limit), minVersion);
  }

  private HttpResponse mine(Principal principal, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "status", "dueFrom", "dueTo", "cursor", "limit",
        "minVersion");
    Set<TaskStatus> statuses = p.optional("status", QueryParameters.someOf(TaskStatus.class, TaskStatus::wireName));
    LocalDate dueFrom = p.optional("dueFrom", LocalDate::parse);
    LocalDate dueTo = p.optional("dueTo", LocalDate::parse);
    TaskCursor cursor = p.optional("cursor", TaskCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListTasks.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    rejectBackwardsDueRange(p, dueFrom, dueTo);
    if (cursor != null && (cursor.sort() != TaskListSort.QUEUE || cursor.order() != SortOrder.ASC)) {
      p.reject("cursor", "belongs to another list");
    }
    p.throwIfInvalid();
    return page(principal.tenantId(), ListTasks.mine(principal.tenantId(), principal.userId(), statuses, dueFrom, dueTo,
        cursor, limit == null ? ListTasks.DEFAULT_LIMIT : limit), minVersion);
  }

  private HttpResponse page(TenantId tenant, ListTasks query, MinVersion minVersion) {
    boolean behind = minVersion != null && !awaitTask(tenant, minVersion);
    TaskPage page = list.list(query);
    LocalDate today = TaskTimes.today(clock);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (Versioned<Task> task : page.items()) {
      ObjectNode item = describe(items.addObject(), task, today);
      PAGE_ONLY.forEach(item::remove);
    }
    page.next().ifPresent(next -> body.put("nextCursor", next.encode()));
    body.put("limit", query.limit());
    body.put("behind", behind);
    return ReadYourWrites.answer(body, behind);
  }

  private HttpResponse task(Principal principal, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", MinVersion::version);
    p.throwIfInvalid();
    TaskId taskId = taskIdIn(request);
    String id = principal.tenantId().value() + "#" + taskId;
    Supplier<Optional<Versioned<Task>>> read = () -> readModels.find(active(), Task.class, id);
    Waited<Optional<Versioned<Task>>> found = minVersion == null ? new Waited<>(read.get(), false)
        : freshness.await(read, t -> t.isPresent() && t.get().version() >= minVersion);
    // staff cannot tell a task that is not theirs from one that does not exist (as on the write side)
    Optional<Versioned<Task>> shown = found.value()
        .filter(t -> manages(principal) || principal.userId().value().equals(t.document().assignee()));
    if (shown.isEmpty()) {
      Problem missing = Problem.notFound("task.not-found", "there is no task " + taskId);
      if (!found.behind()) {
        throw new ProblemException(missing);
      }
      return ReadYourWrites.notFoundBehind(missing, request);
    }
    ObjectNode body = describe(JSON.createObjectNode(), shown.get(), TaskTimes.today(clock));
    body.put("behind", found.behind());
    return ReadYourWrites.answer(body, found.behind());
  }

  private HttpResponse openByAssignee(Principal principal, HttpRequest request) {
    principal.requireAny("see everyone's open and overdue tasks", Role.OWNER, Role.ADMIN);
    QueryParameters p = new QueryParameters(request.queryParameters(), "overdueTasks", "minVersion");
    Integer overdueTasks = p.optional("overdueTasks", TaskQueryFunction::overdueTasks);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    TenantId tenant = principal.tenantId();
    boolean behind = minVersion != null && !awaitTask(tenant, minVersion);
    LocalDate today = TaskTimes.today(clock);
    OpenTasksByAssignee report = OpenTasksByAssignee.of(today, open.tally(tenant));
    int top = overdueTasks == null ? 0 : overdueTasks;
    ObjectNode body = JSON.createObjectNode().put("today", today.toString()).put("weekEnds", report.weekEnds().toString());
    ArrayNode assignees = body.putArray("assignees");
    for (OpenTasksByAssignee.AssigneeFigures a : report.assignees()) {
      ObjectNode node = figures(assignees.addObject().put("assignee", a.assignee()), a.figures());
      overdue(node, tenant, new WhoseTasks.AssignedTo(UserId.of(a.assignee())), a.figures(), today, top);
    }
    overdue(figures(body.putObject(UNASSIGNED), report.unassigned()), tenant, new WhoseTasks.Unassigned(),
        report.unassigned(), today, top);
    figures(body.putObject("total"), report.total());
    body.put("overdueTasks", top);
    body.put("behind", behind);
    return ReadYourWrites.answer(body, behind);
  }

  private static ObjectNode figures(ObjectNode node, Figures figures) {
    return node.put("open", figures.open()).put("inProgress", figures.inProgress()).put("overdue", figures.overdue())
        .put("dueToday", figures.dueToday()).put("dueThisWeek", figures.dueThisWeek());
  }

  /** The first {@code top} overdue tasks of one bucket, longest overdue first, when asked for. */
  private void overdue(ObjectNode node, TenantId tenant, WhoseTasks whose, Figures figures, LocalDate today, int top) {
    if (top == 0) {
      return;
    }
    ArrayNode tasks = node.putArray("overdueTasks");
    if (figures.overdue() == 0) {
      return;
    }
    for (Versioned<Task> task : list.list(ListTasks.overdue(tenant, whose, today, top)).items()) {
      ObjectNode item = describe(tasks.addObject(), task, today);
      PAGE_ONLY.forEach(item::remove);
      item.put("daysOverdue", today.toEpochDay() - task.document().dueDate().toEpochDay());
    }
  }

  /** A task as the answers show it: its id and version, its document, and whether it is overdue today. */
  private static ObjectNode describe(ObjectNode node, Versioned<Task> task, LocalDate today) {
    node.put("taskId", task.streamId()).put("version", task.version());
    node.setAll((ObjectNode) JSON.valueToTree(task.document()));
    node.put("overdue", task.document().overdueOn(today));
    return node;
  }

  /** Waits for the task to reach the version; {@code false} when it still has not. */
  private boolean awaitTask(TenantId tenant, MinVersion minVersion) {
    String id = tenant.value() + "#" + minVersion.streamId();
    Supplier<Optional<Versioned<Task>>> read = () -> readModels.find(active(), Task.class, id);
    return !freshness.await(read, t -> t.isPresent() && t.get().version() >= minVersion.version()).behind();
  }

  private String active() {
    return readModels.placement(TaskProjection.NAME).active();
  }

  private static boolean manages(Principal principal) {
    return principal.hasAny(Role.OWNER, Role.ADMIN);
  }

  private static void rejectBackwardsDueRange(QueryParameters p, LocalDate dueFrom, LocalDate dueTo) {
    if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
      p.reject("dueTo", "must not be before dueFrom");
    }
  }

  private static WhoseTasks whose(String value) {
    return UNASSIGNED.equals(value) ? new WhoseTasks.Unassigned()
        : new WhoseTasks.AssignedTo(UserId.of(value));
  }

  private static Integer overdueTasks(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 0) {
      throw new IllegalArgumentException("must be a whole number from 0 to " + MAX_OVERDUE_TASKS);
    }
    // more is capped rather than refused, as a page size is: the answer's overdueTasks says what was used
    return Math.min(n, MAX_OVERDUE_TASKS);
  }

  private static TaskId taskIdIn(HttpRequest request) {
    String text = request.pathParameter("taskId");
    try {
      return TaskId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("task.not-found", "there is no task '" + text + "'"));
    }
  }
}
