package app.jobmate.projections.tasks.adapter.lambda;

import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.MinVersion;
import app.jobmate.projections.adapter.lambda.ReadYourWrites;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskReadSide;
import app.jobmate.projections.tasks.TaskStatus;
import app.jobmate.projections.tasks.TaskTimes;
import app.jobmate.projections.tasks.TaskVisibility;
import app.jobmate.projections.tasks.adapter.mongodb.MongoTaskQueries;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.ListTasksHandler;
import app.jobmate.projections.tasks.list.TaskCursor;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskListSort;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.tasks.page.ShowTask;
import app.jobmate.projections.tasks.page.ShowTaskHandler;
import app.jobmate.projections.tasks.page.TaskView;
import app.jobmate.projections.tasks.workload.OpenTaskQueries;
import app.jobmate.projections.tasks.workload.ShowOpenTasks;
import app.jobmate.projections.tasks.workload.ShowOpenTasksHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The task queries of the HTTP API: {@code GET /tasks} and {@code GET /tasks/mine}
 * ({@link ListTasks}), {@code GET /tasks/{taskId}} ({@link ShowTask}) and
 * {@code GET /reports/open-tasks-by-assignee} ({@link ShowOpenTasks}); who sees what is
 * {@link TaskVisibility}'s. The tenant is the token's; another tenant's task is not found. Today is
 * the London day of the function's clock. {@code minVersion}: see {@link ReadYourWrites}.
 */
public final class TaskQueryFunction extends QueryFunction {

  /** The assignee filter's value for the tasks no one has (user ids are Cognito subs, UUIDs: never this). */
  static final String UNASSIGNED = "unassigned";
  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(TaskId::of, "taskId");
  private static final TaskProjection TASKS = new TaskProjection();
  private static final String PRIMING_TASK = "00000000-0000-7000-8000-000000000000";

  private final ListTasksHandler lists;
  private final ShowTaskHandler page;
  private final ShowOpenTasksHandler openTasks;
  private final ReadYourWrites freshness;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public TaskQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("TaskQueryFunction", this::prime);
  }

  private TaskQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new TaskReadSide())), RealAdapters.maxWait(settings));
  }

  private TaskQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoTaskQueries(readModels), new MongoTaskQueries(readModels), maxWait, Clock.systemUTC());
  }

  public TaskQueryFunction(ReadModels readModels, TaskListQueries list, OpenTaskQueries open, Duration maxWait,
                           Clock clock) {
    super(readModels);
    this.lists = new ListTasksHandler(list);
    this.page = new ShowTaskHandler(readModels);
    this.openTasks = new ShowOpenTasksHandler(open, list);
    this.freshness = new ReadYourWrites(readModels, maxWait);
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /tasks", "/tasks", Map.of(), Map.of("status", "open,in-progress", "sort", "due")),
        new Route("GET /tasks/mine", "/tasks/mine", Map.of(), Map.of()),
        new Route("GET /reports/open-tasks-by-assignee", "/reports/open-tasks-by-assignee", Map.of(),
            Map.of("overdueTasks", "3")),
        new Route("GET /tasks/{taskId}", "/tasks/" + PRIMING_TASK, Map.of("taskId", PRIMING_TASK), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    TaskVisibility.requireMayReadTasks(viewer);
    return switch (request.routeKey()) {
      case "GET /tasks" -> list(viewer, request);
      case "GET /tasks/mine" -> mine(viewer, request);
      case "GET /tasks/{taskId}" -> task(viewer, request);
      case "GET /reports/open-tasks-by-assignee" -> openTasks(viewer, request);
      default -> throw noRoute("task", request);
    };
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "status", "assignee", "jobId", "dueFrom", "dueTo",
        "sort", "order", "cursor", "limit", "minVersion");
    Set<TaskStatus> statuses = p.optional("status", QueryParameters.someOf(TaskStatus.class, TaskStatus::wireName));
    WhoseTasks whose = p.optional("assignee", TaskQueryFunction::whose);
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
    ListTasks query = new ListTasks(viewer.tenantId(), statuses, whose == null ? new WhoseTasks.Everyone() : whose,
        jobId, dueFrom, dueTo, effectiveSort, effectiveOrder, cursor, limit == null ? ListTasks.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), TASKS, minVersion);
    return ok(lists.handle(query, viewer, today()), behind);
  }

  private HttpResponse mine(Viewer viewer, HttpRequest request) {
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
    ListTasks query = ListTasks.mine(viewer.tenantId(), viewer.userId(), statuses, dueFrom, dueTo, cursor,
        limit == null ? ListTasks.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), TASKS, minVersion);
    return ok(lists.handle(query, viewer, today()), behind);
  }

  private HttpResponse task(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    TaskId taskId = taskIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), TASKS, MinVersion.onPage(taskId, minVersion));
    Optional<TaskView> task = page.handle(new ShowTask(viewer.tenantId(), taskId, today()), viewer);
    return task.isPresent() ? ok(task.get(), behind)
        : notFound(Problem.notFound("task.not-found", "there is no task " + taskId), behind, request);
  }

  private HttpResponse openTasks(Viewer viewer, HttpRequest request) {
    TaskVisibility.requireMaySeeEveryonesTasks(viewer);
    QueryParameters p = new QueryParameters(request.queryParameters(), "overdueTasks", "minVersion");
    Integer overdueTasks = p.optional("overdueTasks", TaskQueryFunction::overdueTasks);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    boolean behind = freshness.behind(viewer.tenantId(), TASKS, minVersion);
    return ok(openTasks.handle(new ShowOpenTasks(viewer.tenantId(), today(), overdueTasks == null ? 0 : overdueTasks)),
        behind);
  }

  private LocalDate today() {
    return TaskTimes.today(clock);
  }

  private static void rejectBackwardsDueRange(QueryParameters p, LocalDate dueFrom, LocalDate dueTo) {
    if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
      p.reject("dueTo", "must not be before dueFrom");
    }
  }

  private static WhoseTasks whose(String value) {
    return UNASSIGNED.equals(value) ? new WhoseTasks.Unassigned() : new WhoseTasks.AssignedTo(UserId.of(value));
  }

  private static Integer overdueTasks(String value) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 0) {
      throw new IllegalArgumentException("must be a whole number from 0 to " + ShowOpenTasks.MAX_OVERDUE_TASKS);
    }
    // more is capped rather than refused, as a page size is: the answer's overdueTasks says what was used
    return Math.min(n, ShowOpenTasks.MAX_OVERDUE_TASKS);
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
