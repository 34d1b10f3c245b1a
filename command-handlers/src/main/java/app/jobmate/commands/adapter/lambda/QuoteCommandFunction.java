package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbQuoteNumbers;
import app.jobmate.commands.adapter.dynamodb.DynamoDbQuotePolicies;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteCommand;
import app.jobmate.commands.quotes.QuoteCommand.AcceptQuote;
import app.jobmate.commands.quotes.QuoteCommand.AddQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteDetails;
import app.jobmate.commands.quotes.QuoteCommand.ChangeQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.DeclineQuote;
import app.jobmate.commands.quotes.QuoteCommand.DraftQuote;
import app.jobmate.commands.quotes.QuoteCommand.IssueQuote;
import app.jobmate.commands.quotes.QuoteCommand.RecordQuoteViewed;
import app.jobmate.commands.quotes.QuoteCommand.RemoveQuoteLine;
import app.jobmate.commands.quotes.QuoteCommand.ReviseQuote;
import app.jobmate.commands.quotes.QuoteCommand.WithdrawQuote;
import app.jobmate.commands.quotes.QuoteNumbers;
import app.jobmate.commands.quotes.QuotePolicies;
import app.jobmate.commands.team.BusinessRecord;
import app.jobmate.commands.team.QuotePoliciesFromSettings;
import app.jobmate.commands.quotes.QuotePolicies.QuotePolicy;
import app.jobmate.commands.customers.CustomerStandings;
import app.jobmate.commands.quotes.QuoteService;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteId;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The quote commands of the HTTP API: a REST resource {@code /quotes/{quoteId}} with its lines and
 * its actions ({@code issue}, {@code accept}, ...). Owners and admins only (docs/business-rules.md: staff see no
 * prices). Every command answers with the quote's id and its new version.
 */
public final class QuoteCommandFunction extends HttpApiFunction {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final QuoteService quotes;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /** Wired from the function's settings: {@code EVENTS_TABLE}, {@code TENANTS_TABLE}. */
  public QuoteCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("QuoteCommandFunction", this::prime);
  }

  private QuoteCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")), dynamoDb, settings.require("TENANTS_TABLE"));
  }

  /** The policies follow the business's settings; a group never set is read from the tenants item, as before. */
  private QuoteCommandFunction(EventStore events, DynamoDbClient dynamoDb, String tenantsTable) {
    this(events, new DynamoDbQuoteNumbers(dynamoDb, tenantsTable),
        new QuotePoliciesFromSettings(new BusinessRecord(events), new DynamoDbQuotePolicies(dynamoDb, tenantsTable)),
        Clock.systemUTC());
  }

  public QuoteCommandFunction(EventStore events, QuoteNumbers numbers, QuotePolicies policies, Clock clock) {
    this.quotes = new QuoteService(new CommandService(events), numbers, policies, new CustomerStandings(events));
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /**
   * Issues a quote that does not exist, in a tenant that does not exist: strict JSON, claims, the
   * event store read, the decider and problem+json all run, and nothing is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /quotes/{quoteId}/issue", "/quotes/" + PRIMING_QUOTE,
        java.util.Map.of("quoteId", PRIMING_QUOTE), "{\"expectedVersion\": 0}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 quote.not-found is the answer priming is after
    }
  }

  private static final String PRIMING_QUOTE = "00000000-0000-7000-8000-000000000000";

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "change quotes", Role.OWNER, Role.ADMIN);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    Routed routed = route(request, body, principal, now);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = quotes.handle(principal.tenantId(), routed.command(),
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for; fields are read but not yet checked. */
  private Routed route(HttpRequest request, Fields body, Principal principal, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, LONDON);
    return switch (request.routeKey()) {
      case "POST /quotes" -> {
        body.allowOnly(QuoteRequests.draftFields());
        QuoteId quoteId = QuoteRequests.quoteId(body);
        QuotePolicy policy = quotes.policyOf(principal.tenantId());
        var details = QuoteRequests.details(body, today);
        var lines = QuoteRequests.lines(body);
        yield new Routed(body.isValid() ? new DraftQuote(quoteId, details, lines, policy.rounding(), policy.validityDays(),
            policy.vatRegisteredOn(today))
            : null, 201, quoteId == null ? null : "/quotes/" + quoteId);
      }
      case "PUT /quotes/{quoteId}" -> {
        body.allowOnly(QuoteRequests.detailFields());
        var details = QuoteRequests.details(body, today);
        yield ok(body.isValid() ? new ChangeQuoteDetails(quoteId(request), details) : null);
      }
      case "POST /quotes/{quoteId}/lines" -> {
        body.allowOnly(QuoteRequests.newLineFields());
        QuoteId quoteId = quoteId(request);
        LineId lineId = body.required("lineId", app.jobmate.lambda.http.Reader.id(LineId::of));
        var line = QuoteRequests.line(body, lineId);
        yield new Routed(body.isValid() ? new AddQuoteLine(quoteId, line) : null, 201,
            lineId == null ? null : "/quotes/" + quoteId + "/lines/" + lineId);
      }
      case "PUT /quotes/{quoteId}/lines/{lineId}" -> {
        body.allowOnly(QuoteRequests.lineFields());
        var line = QuoteRequests.line(body, lineId(request));
        yield ok(body.isValid() ? new ChangeQuoteLine(quoteId(request), line) : null);
      }
      case "DELETE /quotes/{quoteId}/lines/{lineId}" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new RemoveQuoteLine(quoteId(request), lineId(request)));
      }
      case "POST /quotes/{quoteId}/issue" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new IssueQuote(quoteId(request), today, null));
      }
      case "POST /quotes/{quoteId}/view" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new RecordQuoteViewed(quoteId(request), now));
      }
      case "POST /quotes/{quoteId}/accept" -> {
        body.allowOnly("optionalLinesTaken", CommandRequests.EXPECTED_VERSION);
        yield ok(new AcceptQuote(quoteId(request), now, today, QuoteRequests.lineIds(body, "optionalLinesTaken")));
      }
      case "POST /quotes/{quoteId}/decline" -> {
        body.allowOnly("reason", "note", CommandRequests.EXPECTED_VERSION);
        var reason = QuoteRequests.declineReason(body);
        var note = body.optional("note", QuoteRequests.REASON);
        yield ok(new DeclineQuote(quoteId(request), now, reason, note));
      }
      case "POST /quotes/{quoteId}/withdraw" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        yield ok(new WithdrawQuote(quoteId(request), now, body.optional("reason", QuoteRequests.REASON)));
      }
      case "POST /quotes/{quoteId}/revise" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new ReviseQuote(quoteId(request)));
      }
      default -> throw new ProblemException(Problem.notFound(null, "no quote command at " + request.routeKey()));
    };
  }

  private static QuoteId quoteId(HttpRequest request) {
    return CommandRequests.pathId(request, "quoteId", QuoteId::of);
  }

  private static LineId lineId(HttpRequest request) {
    return CommandRequests.pathId(request, "lineId", LineId::of);
  }

  private static Routed ok(QuoteCommand command) {
    return new Routed(command, 200, null);
  }

  private record Routed(QuoteCommand command, int status, String location) {
  }
}
