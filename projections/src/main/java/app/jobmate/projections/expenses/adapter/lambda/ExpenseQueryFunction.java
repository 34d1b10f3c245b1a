package app.jobmate.projections.expenses.adapter.lambda;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.Identifier;
import app.jobmate.events.values.JobId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.s3.S3Bucket;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ReceiptLinks;
import app.jobmate.projections.expenses.adapter.memory.InMemoryReceiptLinks;
import app.jobmate.projections.expenses.adapter.s3.S3ReceiptLinks;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.ReadYourWrites;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.MinVersion;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.expenses.ExpenseProjection;
import app.jobmate.projections.expenses.ExpenseReadSide;
import app.jobmate.projections.expenses.ExpenseStatus;
import app.jobmate.projections.expenses.ExpenseVisibility;
import app.jobmate.projections.expenses.adapter.mongodb.MongoExpenseQueries;
import app.jobmate.projections.expenses.detail.ExpenseView;
import app.jobmate.projections.expenses.detail.ShowExpense;
import app.jobmate.projections.expenses.detail.ShowExpenseHandler;
import app.jobmate.projections.expenses.list.ExpenseCursor;
import app.jobmate.projections.expenses.list.ExpenseListQueries;
import app.jobmate.projections.expenses.list.ExpenseListView;
import app.jobmate.projections.expenses.list.ListExpenses;
import app.jobmate.projections.query.Viewer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The expense queries of the HTTP API: {@code GET /expenses} ({@link ListExpenses}; staff only their
 * own) and {@code GET /expenses/{expenseId}} ({@link ShowExpense}; staff only their own, any other not
 * found). The tenant is the token's; another tenant's expense is not found. {@code minVersion}: see
 * {@link ReadYourWrites}.
 */
public final class ExpenseQueryFunction extends QueryFunction {

  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(ExpenseId::of, "expenseId");
  private static final ExpenseProjection EXPENSES = new ExpenseProjection();
  private static final String PRIMING_EXPENSE = "00000000-0000-7000-8000-000000000000";

  private final ExpenseListQueries lists;
  private final ShowExpenseHandler page;
  private final ReadYourWrites freshness;
  private final ReceiptLinks receipts;
  private final java.time.Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public ExpenseQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("ExpenseQueryFunction", this::prime);
  }

  private ExpenseQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new ExpenseReadSide())), RealAdapters.maxWait(settings),
        new S3ReceiptLinks(S3Bucket.resolve(settings.require("RECEIPTS_BUCKET"), settings.require("AWS_REGION"),
            DefaultCredentialsProvider.builder().build())));
  }

  private ExpenseQueryFunction(MongoReadModels readModels, Duration maxWait, ReceiptLinks receipts) {
    this(readModels, new MongoExpenseQueries(readModels), maxWait, receipts, java.time.Clock.systemUTC());
  }

  public ExpenseQueryFunction(ReadModels readModels, ExpenseListQueries list, Duration maxWait) {
    this(readModels, list, maxWait, new InMemoryReceiptLinks(), java.time.Clock.systemUTC());
  }

  public ExpenseQueryFunction(ReadModels readModels, ExpenseListQueries list, Duration maxWait, ReceiptLinks receipts,
      java.time.Clock clock) {
    super(readModels);
    this.lists = list;
    this.page = new ShowExpenseHandler(readModels);
    this.freshness = new ReadYourWrites(readModels, maxWait);
    this.receipts = receipts;
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /expenses", "/expenses", Map.of(), Map.of("status", "submitted,approved")),
        new Route("GET /expenses/{expenseId}", "/expenses/" + PRIMING_EXPENSE, Map.of("expenseId", PRIMING_EXPENSE),
            Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    ExpenseVisibility.requireMayReadExpenses(viewer);
    return switch (request.routeKey()) {
      case "GET /expenses" -> list(viewer, request);
      case "GET /expenses/{expenseId}" -> expense(viewer, request);
      case "GET /expenses/{expenseId}/receipt" -> receipt(viewer, request);
      default -> throw noRoute("expense", request);
    };
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "status", "category", "member", "jobId", "from",
        "to", "cursor", "limit", "minVersion");
    Set<ExpenseStatus> statuses = p.optional("status", QueryParameters.someOf(ExpenseStatus.class,
        ExpenseStatus::wireName));
    Set<ExpenseCategory> categories = p.optional("category", QueryParameters.someOf(ExpenseCategory.class,
        ExpenseCategory::wireName));
    String member = p.optional("member", text -> {
      Identifier.parse(text);
      return text;
    });
    JobId job = p.optional("jobId", JobId::of);
    LocalDate from = p.optional("from", ExpenseQueryFunction::day);
    LocalDate to = p.optional("to", ExpenseQueryFunction::day);
    ExpenseCursor cursor = p.optional("cursor", ExpenseCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListExpenses.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    }
    p.throwIfInvalid();
    ListExpenses query = new ListExpenses(viewer.tenantId(), statuses, categories,
        ExpenseVisibility.whose(viewer, member), job, from, to, cursor,
        limit == null ? ListExpenses.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), EXPENSES, minVersion);
    return ok(ExpenseListView.of(lists.list(query), query.limit()), behind);
  }

  private HttpResponse expense(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    ExpenseId expenseId = expenseIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), EXPENSES, MinVersion.onPage(expenseId, minVersion));
    Optional<ExpenseView> expense = page.handle(new ShowExpense(viewer.tenantId(), expenseId), viewer);
    return expense.isPresent() ? ok(expense.get(), behind)
        : notFound(Problem.notFound("expense.not-found", "there is no expense " + expenseId), behind, request);
  }

  /**
   * A short-lived link to the expense's receipt (docs/api.md, receipts), for whoever sees the expense:
   * owners, admins and the people it belongs to; anyone else gets the expense's own 404, so that staff
   * cannot learn it exists. An expense without a receipt is 404 {@code expense.no-receipt}.
   */
  private HttpResponse receipt(Viewer viewer, HttpRequest request) {
    new QueryParameters(request.queryParameters()).throwIfInvalid();
    ExpenseId expenseId = expenseIdIn(request);
    Optional<ExpenseView> expense = page.handle(new ShowExpense(viewer.tenantId(), expenseId), viewer);
    if (expense.isEmpty()) {
      return notFound(Problem.notFound("expense.not-found", "there is no expense " + expenseId), false, request);
    }
    Expense.Receipt receipt = expense.get().expense().receipt();
    if (receipt == null) {
      return notFound(Problem.notFound("expense.no-receipt", "expense " + expenseId + " has no receipt"), false, request);
    }
    ReceiptLinks.Link link = receipts.linkTo(receipt.key(), clock.instant());
    return ok(new ReceiptLinkView(link.url().toString(), link.expiresAt(), receipt.contentType(), receipt.size()), false);
  }

  /** The answer of {@code GET /expenses/{expenseId}/receipt}. */
  record ReceiptLinkView(String url, java.time.Instant expiresAt, String contentType, long size) {
  }

  /** A day from 2000 to 2100, as expenses are dated. */
  private static LocalDate day(String text) {
    LocalDate day = LocalDate.parse(text);
    if (day.isBefore(ExpenseEvent.EARLIEST_DATE) || day.isAfter(ExpenseEvent.LATEST_DATE)) {
      throw new IllegalArgumentException("must be a date from " + ExpenseEvent.EARLIEST_DATE + " to "
          + ExpenseEvent.LATEST_DATE);
    }
    return day;
  }

  private static ExpenseId expenseIdIn(HttpRequest request) {
    String text = request.pathParameter("expenseId");
    try {
      return ExpenseId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("expense.not-found", "there is no expense '" + text + "'"));
    }
  }
}
