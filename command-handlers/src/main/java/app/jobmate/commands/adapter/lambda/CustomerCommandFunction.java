package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerService;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.DynamoDbPersonalDataKeys;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.JsonBody;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.personaldata.CachingPersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The customer commands of the HTTP API: a REST resource {@code /customers/{customerId}} with its
 * sites and its actions ({@code archive}, {@code restore}, {@code merge}, {@code erase}). Owners and
 * admins only; erasure is the owner's alone. Personal data is validated here in plain text and
 * sealed by the service before anything is decided or stored; no body is ever logged.
 */
public final class CustomerCommandFunction extends HttpApiFunction {

  private static final String PRIMING_CUSTOMER = "00000000-0000-7000-8000-000000000000";

  private final CustomerService customers;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /**
   * Wired from the function's settings: {@code EVENTS_TABLE}, {@code CUSTOMER_KEYS_TABLE}, {@code CUSTOMER_KEY_ID},
   * {@code AWS_REGION}.
   */
  public CustomerCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("CustomerCommandFunction", this::prime);
  }

  private CustomerCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new CachingPersonalDataKeys(new DynamoDbPersonalDataKeys(dynamoDb, settings.require("CUSTOMER_KEYS_TABLE"),
            KmsMasterKey.resolve(settings.require("CUSTOMER_KEY_ID"), settings.require("AWS_REGION"),
                DefaultCredentialsProvider.builder().build()), Clock.systemUTC()),
            Clock.systemUTC(), Duration.ofSeconds(60), 10_000),
        Clock.systemUTC());
  }

  public CustomerCommandFunction(EventStore events, PersonalDataKeys keys, Clock clock) {
    this.customers = new CustomerService(events, keys);
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /** Archives a customer that does not exist, in a tenant that does not exist: a 404, nothing written. */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /customers/{customerId}/archive", "/customers/" + PRIMING_CUSTOMER,
        Map.of("customerId", PRIMING_CUSTOMER), "{\"expectedVersion\": 0}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 customer.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    Principal principal = CommandRequests.member(request, members);
    if (request.routeKey().equals("POST /customers/{customerId}/erase")) {
      principal.requireAny("erase a customer", Role.OWNER);
    } else {
      principal.requireAny("work on customers", Role.OWNER, Role.ADMIN);
    }
    CommandRequests.refuseUnknownQueryParameters(request);
    CommandRequests.requireJson(request);
    Fields body = Fields.of(JsonBody.parse(request.body()));
    Instant now = clock.instant();
    Routed routed = route(request, body, now);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = routed.command().run(principal.tenantId(),
          CommandRequests.context(request, principal, now, expected), principal);
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** A command a route asks for, run once every field was found valid. */
  @FunctionalInterface
  private interface Run {
    CommandResult run(TenantId tenant, CommandContext context, Principal principal);
  }

  private Routed route(HttpRequest request, Fields body, Instant now) {
    return switch (request.routeKey()) {
      case "POST /customers" -> {
        body.allowOnly(CustomerRequests.createFields());
        CustomerId id = CustomerRequests.customerId(body);
        CustomerKind kind = CustomerRequests.kind(body);
        CustomerProfile profile = CustomerRequests.profile(body);
        MarketingConsent consent = CustomerRequests.consent(body, now);
        Map<SiteId, SiteDetails> sites = CustomerRequests.sites(body);
        yield new Routed((tenant, context, who) -> customers.create(tenant, id, kind, profile, consent, sites, context),
            201, id == null ? null : "/customers/" + id);
      }
      case "PUT /customers/{customerId}" -> {
        body.allowOnly(CustomerRequests.detailFields());
        CustomerId id = customerId(request);
        CustomerKind kind = CustomerRequests.kind(body);
        CustomerProfile profile = CustomerRequests.profile(body);
        MarketingConsent consent = CustomerRequests.consent(body, now);
        yield ok((tenant, context, who) -> customers.change(tenant, id, kind, profile, consent, context));
      }
      case "POST /customers/{customerId}/sites" -> {
        body.allowOnly(CommandRequests.names(CustomerRequests.SITE_FIELDS, "siteId", CommandRequests.EXPECTED_VERSION));
        CustomerId id = customerId(request);
        SiteId site = CustomerRequests.siteId(body);
        SiteDetails details = CustomerRequests.site(body);
        yield new Routed((tenant, context, who) -> customers.addSite(tenant, id, site, details, context), 201,
            site == null ? null : "/customers/" + id + "/sites/" + site);
      }
      case "PUT /customers/{customerId}/sites/{siteId}" -> {
        body.allowOnly(CommandRequests.names(CustomerRequests.SITE_FIELDS, CommandRequests.EXPECTED_VERSION));
        CustomerId id = customerId(request);
        SiteId site = siteId(request);
        SiteDetails details = CustomerRequests.site(body);
        yield ok((tenant, context, who) -> customers.changeSite(tenant, id, site, details, context));
      }
      case "DELETE /customers/{customerId}/sites/{siteId}" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        CustomerId id = customerId(request);
        SiteId site = siteId(request);
        yield ok((tenant, context, who) -> customers.removeSite(tenant, id, site, context));
      }
      case "POST /customers/{customerId}/archive" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        CustomerId id = customerId(request);
        yield ok((tenant, context, who) -> customers.archive(tenant, id, now, context));
      }
      case "POST /customers/{customerId}/restore" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        CustomerId id = customerId(request);
        yield ok((tenant, context, who) -> customers.restore(tenant, id, now, context));
      }
      case "POST /customers/{customerId}/merge" -> {
        body.allowOnly("survivorId", CommandRequests.EXPECTED_VERSION);
        CustomerId id = customerId(request);
        CustomerId survivor = CustomerRequests.existingCustomer(body, "survivorId");
        yield ok((tenant, context, who) -> customers.merge(tenant, id, survivor, now, context));
      }
      case "POST /customers/{customerId}/erase" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        CustomerId id = customerId(request);
        yield ok((tenant, context, who) -> customers.erase(tenant, id, who.actor().userId(), now, context));
      }
      default -> throw new ProblemException(Problem.notFound(null, "no customer command at " + request.routeKey()));
    };
  }

  private static CustomerId customerId(HttpRequest request) {
    return CommandRequests.pathId(request, "customerId", CustomerId::of);
  }

  private static SiteId siteId(HttpRequest request) {
    return CommandRequests.pathId(request, "siteId", SiteId::of);
  }

  private static Routed ok(Run command) {
    return new Routed(command, 200, null);
  }

  private record Routed(Run command, int status, String location) {
  }
}
