package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.resources.ResourceCommand;
import app.jobmate.commands.resources.ResourceCommand.AddResource;
import app.jobmate.commands.resources.ResourceCommand.ChangeResource;
import app.jobmate.commands.resources.ResourceCommand.RestoreResource;
import app.jobmate.commands.resources.ResourceCommand.RetireResource;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.commands.resources.StaffProfileCommand.CancelAbsence;
import app.jobmate.commands.resources.StaffProfileCommand.RecordAbsence;
import app.jobmate.commands.resources.StaffProfileCommand.SetHourlyCost;
import app.jobmate.commands.resources.StaffProfileCommand.SetStaffProfile;
import app.jobmate.commands.resources.StaffProfileService;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.time.ZoneId;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The equipment and vehicle commands of the HTTP API: {@code POST /resources}, {@code PUT
 * /resources/{resourceId}} and its actions {@code retire} and {@code restore}; a member of staff's profile,
 * hourly cost and absences ({@code /resources/staff/{memberId}...}). Owners and admins only
 * (staff 403 before anything is read); another tenant's resource is not found. Every command answers
 * with the resource's id and its new version.
 */
public final class ResourceCommandFunction extends HttpApiFunction {

  private static final String PRIMING_RESOURCE = "00000000-0000-7000-8000-000000000000";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ResourceService resources;
  private final StaffProfileService staff;
  private final TeamRecord members;
  private final Clock clock;

  /** Wired from the function's settings: {@code EVENTS_TABLE} (the resources and the team's record). */
  public ResourceCommandFunction() {
    this(new DynamoDbEventStore(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        FunctionSettings.current().require("EVENTS_TABLE")), Clock.systemUTC());
    SnapStartPriming.beforeSnapshot("ResourceCommandFunction", this::prime);
  }

  private ResourceCommandFunction(EventStore events, Clock clock) {
    this(events, new TeamRecord(events), clock);
  }

  /** {@code team}: whom a staff profile may be of (the team's own record, in production). */
  public ResourceCommandFunction(EventStore events, TeamDirectory team, Clock clock) {
    this.resources = new ResourceService(new CommandService(events));
    this.staff = new StaffProfileService(new CommandService(events), team);
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /** Retires a resource that does not exist, in a tenant that does not exist: the whole path runs, nothing is written. */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /resources/{resourceId}/retire",
        "/resources/" + PRIMING_RESOURCE + "/retire", Map.of("resourceId", PRIMING_RESOURCE), "{\"expectedVersion\": 0}",
        "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 resource.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "manage equipment and vehicles", Role.OWNER, Role.ADMIN);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    if (request.routeKey().startsWith("PUT /resources/staff/") || request.routeKey().startsWith("POST /resources/staff/")) {
      return staffProfile(request, body, principal, now);
    }
    Routed routed = route(request, body, principal.actor());
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = resources.handle(principal.tenantId(), routed.command(),
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /**
   * {@code PUT /resources/staff/{memberId}} (skills and working hours, whole), {@code POST
   * /resources/staff/{memberId}/hourly-cost} (a rate from a day on, today or later in London), {@code POST
   * /resources/staff/{memberId}/absences} (201) and {@code .../absences/{absenceId}/cancel}.
   */
  private HttpResponse staffProfile(HttpRequest request, Fields body, Principal principal, Instant now) {
    UserId member = CommandRequests.pathId(request, "memberId", StaffProfileRequests::member);
    var command = switch (request.routeKey()) {
      case "PUT /resources/staff/{memberId}" -> {
        body.allowOnly(StaffProfileRequests.PROFILE_FIELDS);
        StaffProfileRequests.Profile profile = StaffProfileRequests.profile(body);
        yield profile == null ? null : new SetStaffProfile(member, profile.skills(), profile.workingHours(),
            principal.actor());
      }
      case "POST /resources/staff/{memberId}/hourly-cost" -> {
        body.allowOnly(StaffProfileRequests.COST_FIELDS);
        var cost = StaffProfileRequests.hourlyCost(body);
        LocalDate from = StaffProfileRequests.effectiveFrom(body);
        yield body.isValid() ? new SetHourlyCost(member, cost, from, LocalDate.ofInstant(now, LONDON),
            principal.actor()) : null;
      }
      case "POST /resources/staff/{memberId}/absences" -> {
        AbsenceRequests.Requested absence = AbsenceRequests.read(body, LocalDate.ofInstant(now, LONDON));
        yield absence == null ? null : new RecordAbsence(member, absence.absenceId(), placed(absence), principal.actor());
      }
      case "POST /resources/staff/{memberId}/absences/{absenceId}/cancel" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield new CancelAbsence(member, CommandRequests.pathId(request, "absenceId", AbsenceId::of), principal.actor());
      }
      default -> throw new ProblemException(Problem.notFound(null, "no resource command at " + request.routeKey()));
    };
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = staff.handle(principal.tenantId(), command,
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, command instanceof RecordAbsence ? 201 : 200, null);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  private static Absence placed(AbsenceRequests.Requested absence) {
    try {
      return absence.absence();
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for; fields are read but not yet checked. */
  private static Routed route(HttpRequest request, Fields body, Actor actor) {
    return switch (request.routeKey()) {
      case "POST /resources" -> {
        body.allowOnly(ResourceRequests.addFields());
        ResourceId resourceId = ResourceRequests.resourceId(body);
        ResourceKind kind = ResourceRequests.kind(body);
        ResourceDetails details = ResourceRequests.details(body);
        yield new Routed(body.isValid() ? new AddResource(resourceId, kind, details, actor) : null, 201,
            resourceId == null ? null : "/resources/" + resourceId);
      }
      case "PUT /resources/{resourceId}" -> {
        body.allowOnly(ResourceRequests.detailFields());
        ResourceDetails details = ResourceRequests.details(body);
        yield ok(body.isValid() ? new ChangeResource(resourceId(request), details, actor) : null);
      }
      case "POST /resources/{resourceId}/retire" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new RetireResource(resourceId(request), actor));
      }
      case "POST /resources/{resourceId}/restore" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new RestoreResource(resourceId(request), actor));
      }
      default -> throw new ProblemException(Problem.notFound(null, "no resource command at " + request.routeKey()));
    };
  }

  private static ResourceId resourceId(HttpRequest request) {
    return CommandRequests.pathId(request, "resourceId", ResourceId::of);
  }

  private static Routed ok(ResourceCommand command) {
    return new Routed(command, 200, null);
  }

  private record Routed(ResourceCommand command, int status, String location) {
  }
}
