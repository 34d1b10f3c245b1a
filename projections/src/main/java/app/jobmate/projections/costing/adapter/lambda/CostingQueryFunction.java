package app.jobmate.projections.costing.adapter.lambda;

import app.jobmate.events.values.JobId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.costing.CostingDays;
import app.jobmate.projections.costing.CostingQueries;
import app.jobmate.projections.costing.CostingReadSides;
import app.jobmate.projections.costing.CostingReaders;
import app.jobmate.projections.costing.Costings;
import app.jobmate.projections.costing.JobCosting;
import app.jobmate.projections.costing.JobCostingReport;
import app.jobmate.projections.costing.JobStage;
import app.jobmate.projections.costing.adapter.mongodb.MongoCostingQueries;
import app.jobmate.projections.query.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Job costing (docs/decisions/job-costing.md), for owners and admins only (staff 403: they see no price
 * and no rate), of the token's tenant: {@code GET /jobs/{jobId}/costing} ({@link JobCosting}; another
 * business's job, or none, is 404) and {@code GET /reports/job-costing?from=&to=&status=}
 * ({@link JobCostingReport}; the business's API clients may read it as the other reports). A visit counts
 * once it has ended by the function's {@link Clock}.
 */
public final class CostingQueryFunction extends QueryFunction {

  static final String JOB_ROUTE = "GET /jobs/{jobId}/costing";
  static final String REPORT_ROUTE = "GET /reports/job-costing";
  private static final String PRIMING_JOB = "00000000-0000-7000-8000-000000000000";

  private final Costings costings;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public CostingQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("CostingQueryFunction", this::prime);
  }

  private CostingQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, CostingReadSides.all()));
  }

  private CostingQueryFunction(MongoReadModels readModels) {
    this(readModels, new MongoCostingQueries(readModels), Clock.systemUTC());
  }

  public CostingQueryFunction(ReadModels readModels, CostingQueries queries, Clock clock) {
    super(readModels);
    this.costings = new Costings(queries);
    this.clock = clock;
  }

  void prime() {
    prime(new Route(JOB_ROUTE, "/jobs/" + PRIMING_JOB + "/costing", Map.of("jobId", PRIMING_JOB), Map.of()),
        new Route(REPORT_ROUTE, "/reports/job-costing", Map.of(), Map.of("from", "2026-01-01", "to", "2026-01-31")));
  }

  /** The report is a report: the business's API clients (its accountant's program) may read it; not a job's page. */
  @Override
  protected boolean openToApiClients(String routeKey) {
    return REPORT_ROUTE.equals(routeKey);
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    return switch (request.routeKey()) {
      case JOB_ROUTE -> job(viewer, request);
      case REPORT_ROUTE -> report(viewer, request);
      default -> throw noRoute("costing", request);
    };
  }

  private HttpResponse job(Viewer viewer, HttpRequest request) {
    CostingReaders.requireMayRead(viewer, "a job's costing");
    new QueryParameters(request.queryParameters()).throwIfInvalid();
    String text = request.pathParameter("jobId");
    Problem missing = Problem.notFound("job.not-found", "there is no job '" + text + "'");
    String jobId;
    try {
      jobId = JobId.of(text).toString();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ProblemException(missing);
    }
    Optional<JobCosting> costing = costings.ofJob(viewer.tenantId(), jobId, clock.instant());
    return ok(costing.orElseThrow(() -> new ProblemException(missing)), false);
  }

  private HttpResponse report(Viewer viewer, HttpRequest request) {
    CostingReaders.requireMayRead(viewer, "the job costing report");
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to", "status");
    LocalDate from = p.optional("from", CostingQueryFunction::day);
    LocalDate to = p.optional("to", CostingQueryFunction::day);
    JobStage status = p.optional("status", QueryParameters.oneOf(JobStage.values(), JobStage::wireName));
    LocalDate until = to == null ? today() : to;
    LocalDate since = from == null ? YearMonth.from(until).minusMonths(JobCostingReport.MAX_MONTHS - 1).atDay(1) : from;
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    } else if (since.isAfter(until)) {
      p.reject("from", "must not be after today when to is not given");
    } else if (ChronoUnit.MONTHS.between(YearMonth.from(since), YearMonth.from(until)) >= JobCostingReport.MAX_MONTHS) {
      p.reject(to == null ? "from" : "to", "the range must cover at most " + JobCostingReport.MAX_MONTHS + " months");
    }
    p.throwIfInvalid();
    try {
      return ok(costings.report(viewer.tenantId(), since, until, status, clock.instant()), false);
    } catch (Costings.TooManyJobs e) {
      throw new ProblemException(Problem.unprocessable("report.too-many-jobs", "more than "
          + JobCostingReport.MAX_JOBS + " jobs from " + since + " to " + until + ": ask for a shorter range"));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CostingDays.LONDON));
  }

  /** A day from 2000 to 2100. */
  static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.getYear() < 2000 || day.getYear() > 2100) {
      throw new IllegalArgumentException("must be a date from 2000-01-01 to 2100-12-31");
    }
    return day;
  }
}
