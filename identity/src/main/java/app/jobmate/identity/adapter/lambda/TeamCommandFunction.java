package app.jobmate.identity.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.lambda.CommandRequests;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.Identities;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.commands.team.TeamService;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.values.UserId;
import app.jobmate.identity.adapter.cognito.CognitoIdentities;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.JsonBody;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.http.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The team in the HTTP API, owner only: {@code POST /team/members} invites ({@code email},
 * {@code name}, {@code role}; 201 with the member's {@code Location}), {@code PUT
 * /team/members/{userId}/role} changes a role ({@code role}), {@code DELETE /team/members/{userId}}
 * removes a member (their account disabled and signed out). The accounts are the user pool's
 * (through {@link Identities}); the team's stream id is the tenant's.
 */
public final class TeamCommandFunction extends HttpApiFunction {

  private static final Reader<Role> ROLE = Reader.text(10, Role::fromWireName);

  private final TeamService team;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /** Wired from the function's settings: {@code EVENTS_TABLE}, {@code USER_POOL_ID}. */
  public TeamCommandFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("TeamCommandFunction", this::prime);
  }

  /**
   * Changes a role to one that does not exist, in a tenant that does not exist: claims, the team's
   * record read (the membership check), strict JSON and problem+json all run; the 400 comes before
   * any account is touched or anything is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("PUT /team/members/{userId}/role", "/team/members/" + PRIMING_MEMBER + "/role",
        java.util.Map.of("userId", PRIMING_MEMBER), "{\"role\": \"snapstart-priming\"}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 400 role is the answer priming is after
    }
  }

  private static final String PRIMING_MEMBER = "00000000-0000-7000-8000-000000000000";

  private TeamCommandFunction(FunctionSettings settings) {
    this(new DynamoDbEventStore(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
            settings.require("EVENTS_TABLE")),
        new CognitoIdentities(CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
            settings.require("USER_POOL_ID")), Clock.systemUTC());
  }

  public TeamCommandFunction(EventStore events, Identities identities, Clock clock) {
    this.team = new TeamService(new CommandService(events), new TeamRecord(events), identities);
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    Principal principal = CommandRequests.member(request, members);
    principal.requireAny("change the team", Role.OWNER);
    CommandRequests.refuseUnknownQueryParameters(request);
    Instant now = clock.instant();
    try {
      return switch (request.routeKey()) {
        case "POST /team/members" -> invite(request, principal, now);
        case "PUT /team/members/{userId}/role" -> changeRole(request, principal, now);
        case "DELETE /team/members/{userId}" -> remove(request, principal, now);
        default -> throw new ProblemException(Problem.notFound(null, "no team command at " + request.routeKey()));
      };
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  private HttpResponse invite(HttpRequest request, Principal principal, Instant now) {
    Fields body = json(request, "email", "name", "role");
    EmailAddress email = body.required("email", Reader.text(EmailAddress.MAX, EmailAddress::of));
    String name = body.required("name", Reader.text(TeamEvent.MAX_NAME));
    Role role = body.required("role", ROLE);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    TeamService.Invitation invited = team.invite(principal.tenantId(), email, name, role,
        context(request, principal, now, expected));
    return CommandRequests.answer(invited.result(), 201, "/team/members/" + invited.member().value());
  }

  private HttpResponse changeRole(HttpRequest request, Principal principal, Instant now) {
    UserId member = CommandRequests.pathId(request, "userId", UserId::of);
    Fields body = json(request, "role");
    Role role = body.required("role", ROLE);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    return CommandRequests.answer(team.changeRole(principal.tenantId(), member, role,
        context(request, principal, now, expected)), 200, null);
  }

  private HttpResponse remove(HttpRequest request, Principal principal, Instant now) {
    UserId member = CommandRequests.pathId(request, "userId", UserId::of);
    Fields body = request.body().length == 0 ? Fields.of(JsonBody.parse("{}".getBytes())) : json(request);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    return CommandRequests.answer(team.remove(principal.tenantId(), member, context(request, principal, now, expected)),
        200, null);
  }

  private static Fields json(HttpRequest request, String... fields) {
    CommandRequests.requireJson(request);
    Fields body = Fields.of(JsonBody.parse(request.body()));
    body.allowOnly(CommandRequests.names(fields, CommandRequests.EXPECTED_VERSION));
    return body;
  }

  private static CommandContext context(HttpRequest request, Principal principal, Instant now, OptionalLong expected) {
    return CommandRequests.context(request, principal, now, expected);
  }
}
