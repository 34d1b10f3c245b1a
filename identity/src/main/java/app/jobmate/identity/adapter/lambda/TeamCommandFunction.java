package app.jobmate.identity.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.lambda.CommandRequests;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.ApiClientAccounts;
import app.jobmate.commands.team.Identities;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.commands.team.TeamService;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.values.UserId;
import app.jobmate.identity.adapter.cognito.CognitoApiClientAccounts;
import app.jobmate.identity.adapter.cognito.CognitoIdentities;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.DynamoDbApiClientDirectory;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The team in the HTTP API, owner only: {@code POST /team/members} invites ({@code email},
 * {@code name}, {@code role}; 201 with the member's {@code Location}), {@code PUT
 * /team/members/{userId}/role} changes a role ({@code role}), {@code DELETE /team/members/{userId}}
 * removes a member (their account disabled and signed out); {@code POST /api-clients} gives a
 * program read-only access to the reports ({@code name}; 201 with its {@code clientId} and
 * {@code clientSecret}, shown this once, the {@code tokenUrl} and the {@code scope} to ask for), and
 * {@code DELETE /api-clients/{clientId}} ends it. {@code PUT /team/members/{userId}/text-messages}
 * ({@code mobile}, a UK mobile number or null, and {@code optIn}) is any member's for their own texts,
 * and an owner's to clear another's. The accounts are the user pool's (through
 * {@link Identities} and {@link ApiClientAccounts}); the team's stream id is the tenant's.
 */
public final class TeamCommandFunction extends HttpApiFunction {

  private static final Reader<Role> ROLE = Reader.text(10, Role::fromWireName);

  private final TeamService team;
  private final ApiClientAccess access;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /**
   * Wired from the function's settings: {@code EVENTS_TABLE}, {@code USER_POOL_ID},
   * {@code API_CLIENTS_TABLE}, {@code REPORTS_SCOPE} (the scope API clients are given) and
   * {@code OAUTH_TOKEN_URL} (where they get tokens).
   */
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
    this(settings, DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }

  private TeamCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb, CognitoIdentityProviderClient cognito) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new CognitoIdentities(cognito, settings.require("USER_POOL_ID")),
        new CognitoApiClientAccounts(cognito, settings.require("USER_POOL_ID"), settings.require("REPORTS_SCOPE"),
            new DynamoDbApiClientDirectory(dynamoDb, settings.require("API_CLIENTS_TABLE"), Clock.systemUTC())),
        new ApiClientAccess(settings.require("OAUTH_TOKEN_URL"), settings.require("REPORTS_SCOPE")), Clock.systemUTC());
  }

  /** Where API clients get their tokens, and the scope they ask for: told to the owner with the credentials. */
  public record ApiClientAccess(String tokenUrl, String scope) {
  }

  public TeamCommandFunction(EventStore events, Identities identities, ApiClientAccounts apiClients, ApiClientAccess access,
      Clock clock) {
    this.team = new TeamService(new CommandService(events), new TeamRecord(events), identities, apiClients);
    this.members = new TeamRecord(events);
    this.access = access;
    this.clock = clock;
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    Principal principal = CommandRequests.member(request, members);
    if ("PUT /team/members/{userId}/text-messages".equals(request.routeKey())) {
      // a member's own texts: any member; the decider keeps others' to owners clearing them
      principal.requireAny("set text messages", Role.OWNER, Role.ADMIN, Role.STAFF);
    } else {
      principal.requireAny("change the team", Role.OWNER);
    }
    CommandRequests.refuseUnknownQueryParameters(request);
    Instant now = clock.instant();
    try {
      return switch (request.routeKey()) {
        case "POST /team/members" -> invite(request, principal, now);
        case "PUT /team/members/{userId}/role" -> changeRole(request, principal, now);
        case "DELETE /team/members/{userId}" -> remove(request, principal, now);
        case "PUT /team/members/{userId}/text-messages" -> textMessages(request, principal, now);
        case "POST /api-clients" -> addApiClient(request, principal, now);
        case "DELETE /api-clients/{clientId}" -> revokeApiClient(request, principal, now);
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

  private HttpResponse textMessages(HttpRequest request, Principal principal, Instant now) {
    UserId member = CommandRequests.pathId(request, "userId", UserId::of);
    Fields body = json(request, "mobile", "optIn");
    MobileNumber mobile = body.optional("mobile", Reader.text(MobileNumber.MAX_INPUT, MobileNumber::of));
    Boolean optIn = body.required("optIn", Reader.bool());
    if (Boolean.TRUE.equals(optIn) && !body.has("mobile")) {
      body.reject("mobile", "is required to opt in to text messages");
    }
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    return CommandRequests.answer(team.setTextMessages(principal.tenantId(), member, mobile, optIn,
        context(request, principal, now, expected)), 200, null);
  }

  private HttpResponse addApiClient(HttpRequest request, Principal principal, Instant now) {
    Fields body = json(request, "name");
    String name = body.required("name", Reader.text(TeamEvent.MAX_NAME));
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    TeamService.NewApiClient added = team.addApiClient(principal.tenantId(), name, context(request, principal, now, expected));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("clientId", added.credentials().clientId().value());
    answer.put("clientSecret", added.credentials().secret());
    answer.put("name", name);
    answer.put("tokenUrl", access.tokenUrl());
    answer.put("scope", access.scope());
    answer.put("grantType", "client_credentials");
    answer.put("streamId", added.result().stream().streamId());
    answer.put("version", added.result().version());
    // the secret is in this answer only: never cached, never stored
    return HttpResponse.ofJson(201, answer)
        .withHeader("location", "/api-clients/" + added.credentials().clientId().value())
        .withHeader("etag", "\"" + added.result().version() + "\"")
        .withHeader("cache-control", "no-store");
  }

  private HttpResponse revokeApiClient(HttpRequest request, Principal principal, Instant now) {
    ApiClientId client = CommandRequests.pathId(request, "clientId", ApiClientId::of);
    Fields body = request.body().length == 0 ? Fields.of(JsonBody.parse("{}".getBytes())) : json(request);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    return CommandRequests.answer(team.revokeApiClient(principal.tenantId(), client,
        context(request, principal, now, expected)), 200, null);
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
