package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.memory.InMemoryReceiptStore;
import app.jobmate.commands.adapter.s3.S3ReceiptStore;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.core.UuidV7;
import app.jobmate.commands.expenses.ClaimMileage;
import app.jobmate.commands.expenses.ExpenseCommand.ApproveExpense;
import app.jobmate.commands.expenses.ExpenseCommand.AttachReceipt;
import app.jobmate.commands.expenses.ExpenseCommand.ChangeExpense;
import app.jobmate.commands.expenses.ExpenseCommand.GrantReceiptUpload;
import app.jobmate.commands.expenses.ExpenseCommand.LogExpense;
import app.jobmate.commands.expenses.ExpenseCommand.RefuseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.ReimburseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.SubmitExpense;
import app.jobmate.commands.expenses.ExpenseCommand;
import app.jobmate.commands.expenses.ExpenseJobs;
import app.jobmate.commands.expenses.ExpenseService;
import app.jobmate.commands.expenses.MileageClaims;
import app.jobmate.commands.expenses.ReceiptStore;
import app.jobmate.commands.jobs.JobStandings;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.s3.S3Bucket;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The expense commands of the HTTP API: a REST resource {@code /expenses/{expenseId}} with its actions
 * ({@code submit}, {@code approve}, {@code refuse}, {@code reimburse}), and mileage claims
 * ({@code POST /expenses/mileage}, priced from the claimant's count of miles; a draft's journeys changed by
 * {@code PUT /expenses/{expenseId}/mileage}, priced again). Anyone signed in with a role may
 * call it; what each may do to an expense is a rule of the expense decider (staff work only on their
 * own; nobody approves their own). Every command answers with the expense's id and its new version.
 */
public final class ExpenseCommandFunction extends HttpApiFunction {

  private static final String PRIMING_EXPENSE = "00000000-0000-7000-8000-000000000000";

  private final ExpenseService expenses;
  private final MileageClaims mileage;
  private final TeamRecord members;
  private final Clock clock;
  private final ReceiptStore receipts;

  /**
   * Wired from the function's settings: {@code EVENTS_TABLE} (the expenses, the team's record and the
   * jobs), {@code RECEIPTS_BUCKET} and {@code AWS_REGION} (receipts, signed with the function's own credentials).
   */
  public ExpenseCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("ExpenseCommandFunction", this::prime);
  }

  private ExpenseCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")), new S3ReceiptStore(S3Bucket.resolve(
        settings.require("RECEIPTS_BUCKET"), settings.require("AWS_REGION"), DefaultCredentialsProvider.builder().build()),
        Clock.systemUTC()), Clock.systemUTC());
  }

  private ExpenseCommandFunction(EventStore events, ReceiptStore receipts, Clock clock) {
    this(events, new TeamRecord(events), receipts, clock);
  }

  public ExpenseCommandFunction(EventStore events, TeamDirectory team, Clock clock) {
    this(events, team, new InMemoryReceiptStore(), clock);
  }

  public ExpenseCommandFunction(EventStore events, TeamDirectory team, ReceiptStore receipts, Clock clock) {
    JobStandings standings = new JobStandings(events);
    ExpenseJobs jobs = (tenant, job) -> standings.standingOf(tenant, job) != TaskJobs.Standing.NONE;
    this.expenses = new ExpenseService(new CommandService(events), team, jobs);
    this.mileage = new MileageClaims(events, expenses);
    this.members = new TeamRecord(events);
    this.clock = clock;
    this.receipts = receipts;
  }

  /**
   * Submits an expense that does not exist, in a tenant that does not exist: strict JSON, claims, the
   * event store read, the decider and problem+json all run, and nothing is written.
   */
  void prime() {
    HttpRequest request = CommandRequests.priming("POST /expenses/{expenseId}/submit", "/expenses/" + PRIMING_EXPENSE,
        Map.of("expenseId", PRIMING_EXPENSE), "{\"expectedVersion\": 0}", "[owner]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 404 expense.not-found is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    CommandRequests.Opened opened = CommandRequests.open(request, members, "work on expenses", Role.OWNER, Role.ADMIN, Role.STAFF);
    Principal principal = opened.principal();
    Fields body = opened.body();
    Instant now = clock.instant();
    if (request.routeKey().equals("POST /expenses/mileage")) {
      return claimMileage(request, body, principal, now);
    }
    if (request.routeKey().equals(MILEAGE_CHANGE)) {
      return changeMileage(request, body, principal, now);
    }
    if (request.routeKey().equals(RECEIPT_UPLOAD)) {
      return grantReceiptUpload(request, body, principal, now);
    }
    if (request.routeKey().equals(RECEIPT_ATTACH)) {
      return attachReceipt(request, body, principal, now);
    }
    Routed routed = route(request, body, principal.actor(), now);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandContext context = CommandRequests.context(request, principal, now, expected);
      CommandResult result = expenses.handle(principal.tenantId(), routed.command(), context);
      mileage.settle(principal.tenantId(), routed.command(), context);
      return CommandRequests.answer(result, routed.status(), routed.location());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** {@code POST /expenses/mileage}: a mileage claim, priced from the claimant's count of miles. */
  private HttpResponse claimMileage(HttpRequest request, Fields body, Principal principal, Instant now) {
    body.allowOnly(ExpenseRequests.mileageFields());
    ClaimMileage claim = ExpenseRequests.mileage(body, principal.actor(), LocalDate.ofInstant(now,
        QuoteCommandFunction.LONDON));
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = mileage.claim(principal.tenantId(), claim,
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, 201, "/expenses/" + claim.expenseId());
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** {@code PUT /expenses/{expenseId}/mileage}: a draft mileage claim's journeys changed, priced again. */
  private HttpResponse changeMileage(HttpRequest request, Fields body, Principal principal, Instant now) {
    body.allowOnly(ExpenseRequests.mileageChangeFields());
    ClaimMileage change = ExpenseRequests.mileageChange(body, principal.actor(), LocalDate.ofInstant(now,
        QuoteCommandFunction.LONDON), expenseId(request));
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = mileage.change(principal.tenantId(), change,
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, 200, null);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /** The command a route asks for; fields are read but not yet checked. */
  private static Routed route(HttpRequest request, Fields body, Actor actor, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, QuoteCommandFunction.LONDON);
    return switch (request.routeKey()) {
      case "POST /expenses" -> {
        body.allowOnly(ExpenseRequests.logFields());
        ExpenseId expenseId = ExpenseRequests.expenseId(body);
        var details = ExpenseRequests.details(body, today);
        yield new Routed(body.isValid() ? new LogExpense(expenseId, details, actor) : null, 201,
            expenseId == null ? null : "/expenses/" + expenseId);
      }
      case "PUT /expenses/{expenseId}" -> {
        body.allowOnly(ExpenseRequests.detailFields());
        var details = ExpenseRequests.details(body, today);
        yield ok(body.isValid() ? new ChangeExpense(expenseId(request), details, actor) : null);
      }
      case "POST /expenses/{expenseId}/submit" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new SubmitExpense(expenseId(request), now, actor));
      }
      case "POST /expenses/{expenseId}/approve" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new ApproveExpense(expenseId(request), now, actor));
      }
      case "POST /expenses/{expenseId}/refuse" -> {
        body.allowOnly("reason", CommandRequests.EXPECTED_VERSION);
        String reason = body.required("reason", ExpenseRequests.REASON);
        yield ok(body.isValid() ? new RefuseExpense(expenseId(request), now, reason, actor) : null);
      }
      case "POST /expenses/{expenseId}/reimburse" -> {
        body.allowOnly(CommandRequests.EXPECTED_VERSION);
        yield ok(new ReimburseExpense(expenseId(request), now, actor));
      }
      default -> throw new ProblemException(Problem.notFound(null, "no expense command at " + request.routeKey()));
    };
  }

  private static final String RECEIPT_UPLOAD = "POST /expenses/{expenseId}/receipt-upload";
  private static final String MILEAGE_CHANGE = "PUT /expenses/{expenseId}/mileage";
  private static final Reader<ReceiptType> RECEIPT_TYPE = Reader.text(40, ReceiptType::ofMediaType);

  /**
   * A grant to upload one receipt to the expense (docs/api.md, receipts): refused as attaching would be,
   * nothing written; the answer is what a browser needs for {@code fetch(url, {method: "POST", body: form})}
   * with a {@code FormData} of {@code fields}, in order, then the file as {@code file}.
   */
  private HttpResponse grantReceiptUpload(HttpRequest request, Fields body, Principal principal, Instant now) {
    body.allowOnly("contentType");
    ReceiptType type = body.required("contentType", RECEIPT_TYPE);
    ExpenseId expenseId = expenseId(request);
    body.throwIfInvalid();
    try {
      expenses.handle(principal.tenantId(), new GrantReceiptUpload(expenseId, principal.actor()),
          CommandRequests.context(request, principal, now, OptionalLong.empty()));
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
    ReceiptKey key = new ReceiptKey(principal.tenantId(), expenseId, UuidV7.at(now));
    ReceiptStore.UploadGrant grant = receipts.grantUpload(key, type, now);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("key", key.toString());
    answer.put("url", grant.url().toString());
    answer.put("fields", grant.fields());
    answer.put("expiresAt", grant.expiresAt().toString());
    answer.put("maxBytes", ReceiptStore.MAX_BYTES);
    return HttpResponse.ofJson(200, answer);
  }

  private static final String RECEIPT_ATTACH = "POST /expenses/{expenseId}/receipt";
  private static final Reader<ReceiptKey> RECEIPT_KEY = Reader.text(ReceiptKey.MAX_LENGTH, ReceiptKey::parse);

  /**
   * Attaches what was uploaded to {@code key} (docs/api.md, receipts): who may is decided first (another
   * tenant's or member's expense is 404 before anything about the object is said), then the object must
   * be under this expense's prefix, exist, and be a JPEG, PNG, HEIC or PDF by its first bytes: otherwise
   * 422 naming {@code key}, nothing written.
   */
  private HttpResponse attachReceipt(HttpRequest request, Fields body, Principal principal, Instant now) {
    body.allowOnly("key", CommandRequests.EXPECTED_VERSION);
    ReceiptKey key = body.required("key", RECEIPT_KEY);
    ExpenseId expenseId = expenseId(request);
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      expenses.handle(principal.tenantId(), new GrantReceiptUpload(expenseId, principal.actor()),
          CommandRequests.context(request, principal, now, OptionalLong.empty()));
      if (!key.tenant().equals(principal.tenantId()) || !key.expense().equals(expenseId)) {
        throw Rejection.unprocessable("expense.receipt-not-this-expenses", "key " + key + " is not under this expense's "
            + "receipts, " + ReceiptKey.prefix(principal.tenantId(), expenseId), "key");
      }
      ReceiptStore.StoredReceipt stored = receipts.find(key).orElseThrow(() -> Rejection.unprocessable(
          "expense.receipt-not-uploaded", "nothing was uploaded to " + key + "; upload it with the grant first", "key"));
      if (stored.size() < 1 || stored.size() > ReceiptStore.MAX_BYTES) {
        throw Rejection.unprocessable("expense.receipt-size", "a receipt is 1 byte to 10 MB; " + key + " is "
            + stored.size() + " bytes", "key");
      }
      ReceiptType type = ReceiptType.sniff(stored.firstBytes()).orElseThrow(() -> Rejection.unprocessable(
          "expense.receipt-not-a-receipt", "what was uploaded to " + key + " is not a JPEG, PNG, HEIC or PDF by its "
          + "first bytes, whatever its name or declared type", "key"));
      CommandResult result = expenses.handle(principal.tenantId(), new AttachReceipt(expenseId, key, type, stored.size(),
          now, principal.actor()), CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, 200, null);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  private static ExpenseId expenseId(HttpRequest request) {
    return CommandRequests.pathId(request, "expenseId", ExpenseId::of);
  }

  private static Routed ok(ExpenseCommand command) {
    return new Routed(command, 200, null);
  }

  private record Routed(ExpenseCommand command, int status, String location) {
  }
}
