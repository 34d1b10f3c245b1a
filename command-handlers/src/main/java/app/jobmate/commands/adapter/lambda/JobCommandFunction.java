package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbPendingConversions;
import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.commands.conversion.QuoteConversion;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.jobs.JobCommand.AddJobNote;
import app.jobmate.commands.jobs.JobCommand.AgreeJobValue;
import app.jobmate.commands.jobs.JobCommand.CancelJob;
import app.jobmate.commands.jobs.JobCommand.ChangeJobDetails;
import app.jobmate.commands.jobs.JobCommand.CompleteJob;
import app.jobmate.commands.jobs.JobCommand.CreateJob;
import app.jobmate.commands.jobs.JobCommand.ReopenJob;
import app.jobmate.commands.jobs.JobCommand.ScheduleJob;
import app.jobmate.commands.jobs.JobCommand.StartJob;
import app.jobmate.commands.jobs.JobCommand;
import app.jobmate.commands.jobs.JobService;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.SiteId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.http.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The job commands of the HTTP API: a REST resource {@code /jobs/{jobId}} with its notes and its
 * actions ({@code schedule}, {@code start}, {@code complete}, {@code reopen}, {@code cancel}), and
 * converting an accepted quote to its job ({@code POST /quotes/{quoteId}/convert-to-job}).
 * Owners and admins only: staff read the jobs their tasks are on. Every command answers with the
 * job's id and its new version.
 */
public final class JobCommandFunction extends HttpApiFunction {

  static final String CONVERT = "POST /quotes/{quoteId}/convert-to-job";
  private static final String PRIMING_JOB = "00000000-0000-7000-8000-000000000000";

  private final JobService jobs;
  private final QuoteConversion conversion;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /** Wired from the function's settings: {@code EVENTS_TABLE}, {@code PENDING_CONVERSIONS_TABLE}. */
  public JobCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("JobCommandFunction", this::prime);
  }

  private JobCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new DynamoDbPendingConversions(dynamoDb, settings.require("PENDING_CONVERSIONS_TABLE")), Clock.systemUTC());
  }

  public JobCommandFunction(EventStore events, PendingConversions pending, Clock clock) {
    this.jobs = new JobService(new CommandService(events), new CustomerStandings(events));
    this.members = new TeamRecord(events);
    this.conversion = new QuoteConversion(events, pending);
    this.clock = clock;
  }

  /**
   * Starts a job that does not exist, in a tenant that does not exist: strict JSON, claims, the
   * event store read, the decider and problem+json all run, and nothing is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /jobs/{jobId}/start", "/jobs/" + PRIMING_JOB,
        Map.of("jobId", PRIMING_JOB), "{\"expectedVersion\": 0}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 job.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "change jobs", Role.OWNER, Role.ADMIN);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    if (request.routeKey().equals(CONVERT)) {
      return convert(request, body, principal, now);
    }
    Routed routed = route(request, body, principal, now);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = jobs.handle(principal.tenantId(), routed.command(),
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /**
   * Converts an accepted quote to its job (docs/decisions/converting-a-quote.md): answers the job's id
   * and version, 201 with its {@code Location} when this request opened it, 200 when it was open
   * already (converting twice gives the same job).
   */
  private HttpResponse convert(HttpRequest request, Fields body, Principal principal, Instant now) {
    body.allowOnly();
    QuoteId quote = CommandRequests.pathId(request, "quoteId", QuoteId::of);
    body.throwIfInvalid();
    try {
      QuoteConversion.Converted converted = conversion.convert(principal.tenantId(), quote,
          CommandRequests.context(request, principal, now, OptionalLong.empty()));
      String location = "/jobs/" + converted.job().stream().streamId();
      return CommandRequests.answer(converted.job(), converted.opened() ? 201 : 200, location);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for; fields are read but not yet checked. */
  private static Routed route(HttpRequest request, Fields body, Principal principal, Instant now) {
    return switch (request.routeKey()) {
      case "POST /jobs" -> {
        body.allowOnly(JobRequests.createFields());
        JobId jobId = JobRequests.jobId(body);
        var details = JobRequests.details(body);
        yield new Routed(body.isValid() ? new CreateJob(jobId, details, now) : null, 201,
            jobId == null ? null : "/jobs/" + jobId);
      }
      case "POST /jobs/{jobId}/schedule" -> {
        body.allowOnly("day", CommandRequests.EXPECTED_VERSION);
        JobId jobId = jobId(request);
        LocalDate day = JobRequests.day(body, LocalDate.ofInstant(now, QuoteCommandFunction.LONDON));
        yield ok(body.isValid() ? new ScheduleJob(jobId, day) : null);
      }
      case "POST /jobs/{jobId}/start" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new StartJob(jobId(request), now));
      }
      case "POST /jobs/{jobId}/complete" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new CompleteJob(jobId(request), now));
      }
      case "POST /jobs/{jobId}/reopen" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        yield ok(new ReopenJob(jobId(request), now, body.optional("reason", JobRequests.REASON)));
      }
      case "POST /jobs/{jobId}/cancel" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        yield ok(new CancelJob(jobId(request), now, body.optional("reason", JobRequests.REASON)));
      }
      case "PUT /jobs/{jobId}" -> {
        body.allowOnly("title", "description", "siteId", CommandRequests.EXPECTED_VERSION);
        JobId jobId = jobId(request);
        SiteId site = body.optional("siteId", Reader.id(SiteId::of));
        String title = body.required("title", Reader.text(JobEvent.MAX_TITLE));
        String description = body.optional("description", Reader.text(JobEvent.MAX_DESCRIPTION));
        yield ok(body.isValid() ? new ChangeJobDetails(jobId, title, description, site) : null);
      }
      case "PUT /jobs/{jobId}/agreed-value" -> {
        body.allowOnly("net", "vat", "reason", CommandRequests.EXPECTED_VERSION);
        JobId jobId = jobId(request);
        AgreedValue value = JobRequests.agreedValue(body);
        String reason = body.optional("reason", JobRequests.REASON);
        yield ok(body.isValid() ? new AgreeJobValue(jobId, value, reason, now) : null);
      }
      case "POST /jobs/{jobId}/notes" -> {
        body.allowOnly("noteId", "text", CommandRequests.EXPECTED_VERSION);
        JobId jobId = jobId(request);
        NoteId noteId = JobRequests.noteId(body);
        String text = body.required("text", JobRequests.NOTE);
        yield new Routed(body.isValid() ? new AddJobNote(jobId, noteId, text, principal.actor().userId(), now) : null,
            201, noteId == null ? null : "/jobs/" + jobId + "/notes/" + noteId);
      }
      default -> throw new ProblemException(Problem.notFound(null, "no job command at " + request.routeKey()));
    };
  }

  private static JobId jobId(HttpRequest request) {
    return CommandRequests.pathId(request, "jobId", JobId::of);
  }

  private static Routed ok(JobCommand command) {
    return new Routed(command, 200, null);
  }

  private record Routed(JobCommand command, int status, String location) {
  }
}
