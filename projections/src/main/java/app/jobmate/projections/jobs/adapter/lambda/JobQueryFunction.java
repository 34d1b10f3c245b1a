package app.jobmate.projections.jobs.adapter.lambda;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
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
import app.jobmate.projections.adapter.mongodb.MongoCustomerNames;
import app.jobmate.projections.adapter.mongodb.MongoCustomerSites;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.jobs.JobProjection;
import app.jobmate.projections.jobs.JobReadSide;
import app.jobmate.projections.jobs.JobStatus;
import app.jobmate.projections.jobs.JobVisibility;
import app.jobmate.projections.jobs.adapter.mongodb.MongoJobQueries;
import app.jobmate.projections.jobs.adapter.mongodb.MongoJobTasks;
import app.jobmate.projections.jobs.detail.JobTasks;
import app.jobmate.projections.jobs.detail.JobView;
import app.jobmate.projections.jobs.detail.ShowJob;
import app.jobmate.projections.jobs.detail.ShowJobHandler;
import app.jobmate.projections.jobs.list.JobCursor;
import app.jobmate.projections.jobs.list.JobListQueries;
import app.jobmate.projections.jobs.list.JobListView;
import app.jobmate.projections.jobs.list.JobPage;
import app.jobmate.projections.jobs.list.ListJobs;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerSites;
import app.jobmate.projections.query.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The job queries of the HTTP API: {@code GET /jobs} (owners and admins; {@link ListJobs}) and
 * {@code GET /jobs/{jobId}} ({@link ShowJob}, with the job's tasks; staff only a job with a task of
 * theirs, without prices). The tenant is the token's; another tenant's job is not found.
 * {@code minVersion}: see {@link ReadYourWrites}.
 */
public final class JobQueryFunction extends QueryFunction {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(JobId::of, "jobId");
  private static final JobProjection JOBS = new JobProjection();
  private static final String PRIMING_JOB = "00000000-0000-7000-8000-000000000000";
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final JobListQueries lists;
  private final ShowJobHandler page;
  private final CustomerNames customers;
  private final ReadYourWrites freshness;

  /**
   * Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. It
   * reads the task collection too (the job's tasks), whose indexes are the tasks' read side's.
   */
  public JobQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("JobQueryFunction", this::prime);
  }

  private JobQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new JobReadSide())), RealAdapters.maxWait(settings));
  }

  private JobQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoJobQueries(readModels), new MongoJobTasks(readModels), new MongoCustomerNames(readModels),
        new MongoCustomerSites(readModels), maxWait);
  }

  public JobQueryFunction(ReadModels readModels, JobListQueries list, JobTasks tasks, CustomerNames customers,
                          CustomerSites sites, Duration maxWait) {
    super(readModels);
    this.lists = list;
    this.customers = customers;
    this.page = new ShowJobHandler(readModels, tasks, customers, sites);
    this.freshness = new ReadYourWrites(readModels, maxWait);
  }

  void prime() {
    prime(new Route("GET /jobs", "/jobs", Map.of(), Map.of("status", "open,scheduled")),
        new Route("GET /jobs/{jobId}", "/jobs/" + PRIMING_JOB, Map.of("jobId", PRIMING_JOB), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    JobVisibility.requireMayReadJobs(viewer);
    return switch (request.routeKey()) {
      case "GET /jobs" -> list(viewer, request);
      case "GET /jobs/{jobId}" -> job(viewer, request);
      default -> throw noRoute("job", request);
    };
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    JobVisibility.requireMayListJobs(viewer);
    QueryParameters p = new QueryParameters(request.queryParameters(), "status", "customerId", "createdFrom",
        "createdTo", "scheduledFrom", "scheduledTo", "cursor", "limit", "minVersion");
    Set<JobStatus> statuses = p.optional("status", QueryParameters.someOf(JobStatus.class, JobStatus::wireName));
    CustomerId customer = p.optional("customerId", CustomerId::of);
    LocalDate createdFrom = p.optional("createdFrom", JobQueryFunction::day);
    LocalDate createdTo = p.optional("createdTo", JobQueryFunction::day);
    LocalDate scheduledFrom = p.optional("scheduledFrom", JobQueryFunction::day);
    LocalDate scheduledTo = p.optional("scheduledTo", JobQueryFunction::day);
    JobCursor cursor = p.optional("cursor", JobCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListJobs.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    if (createdFrom != null && createdTo != null && createdFrom.isAfter(createdTo)) {
      p.reject("createdTo", "must not be before createdFrom");
    }
    if (scheduledFrom != null && scheduledTo != null && scheduledFrom.isAfter(scheduledTo)) {
      p.reject("scheduledTo", "must not be before scheduledFrom");
    }
    p.throwIfInvalid();
    ListJobs query = new ListJobs(viewer.tenantId(), statuses, customer, startOf(createdFrom),
        createdTo == null ? null : startOf(createdTo.plusDays(1)), scheduledFrom, scheduledTo, cursor,
        limit == null ? ListJobs.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), JOBS, minVersion);
    JobPage found = lists.list(query);
    Set<String> customerIds = found.items().stream().map(j -> j.document().customerId()).collect(Collectors.toSet());
    return ok(JobListView.of(found, query.limit(), customers.namesOf(viewer.tenantId(), customerIds)), behind);
  }

  private HttpResponse job(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    JobId jobId = jobIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), JOBS, MinVersion.onPage(jobId, minVersion));
    Optional<JobView> job = page.handle(new ShowJob(viewer.tenantId(), jobId), viewer);
    return job.isPresent() ? ok(job.get(), behind)
        : notFound(Problem.notFound("job.not-found", "there is no job " + jobId), behind, request);
  }

  /** A London day from 2000 to 2100. */
  private static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      throw new IllegalArgumentException("must be a date from " + EARLIEST + " to " + LATEST);
    }
    return day;
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(LONDON).toInstant();
  }

  private static JobId jobIdIn(HttpRequest request) {
    String text = request.pathParameter("jobId");
    try {
      return JobId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("job.not-found", "there is no job '" + text + "'"));
    }
  }
}
