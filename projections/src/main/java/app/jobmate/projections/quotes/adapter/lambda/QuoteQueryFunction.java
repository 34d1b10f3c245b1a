package app.jobmate.projections.quotes.adapter.lambda;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
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
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerSites;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.quotes.QuoteReadSide;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.QuoteVisibility;
import app.jobmate.projections.quotes.adapter.mongodb.MongoQuoteQueries;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.detail.QuoteDetailView;
import app.jobmate.projections.quotes.detail.ShowQuote;
import app.jobmate.projections.quotes.detail.ShowQuoteHandler;
import app.jobmate.projections.quotes.list.DateField;
import app.jobmate.projections.quotes.list.ListCursor;
import app.jobmate.projections.quotes.list.ListQuotes;
import app.jobmate.projections.quotes.list.ListQuotesHandler;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListQueries;
import app.jobmate.projections.quotes.list.QuoteListSort;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.ShowPipeline;
import app.jobmate.projections.quotes.pipeline.ShowPipelineHandler;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The quote queries of the HTTP API: {@code GET /quotes} ({@link ListQuotes}),
 * {@code GET /quotes/{quoteId}} ({@link ShowQuote}) and {@code GET /reports/quotes-pipeline}
 * ({@link ShowPipeline}), for owners and admins only ({@link QuoteVisibility}). The tenant is the
 * token's; another tenant's quote is not found. {@code minVersion}: see {@link ReadYourWrites}.
 */
public final class QuoteQueryFunction extends QueryFunction {

  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(QuoteId::of, "quoteId");
  private static final QuoteListProjection LIST = new QuoteListProjection();
  private static final QuoteDetailProjection DETAIL = new QuoteDetailProjection();
  private static final String PRIMING_QUOTE = "00000000-0000-7000-8000-000000000000";

  private final ListQuotesHandler list;
  private final ShowQuoteHandler detail;
  private final ShowPipelineHandler pipeline;
  private final ReadYourWrites freshness;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public QuoteQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("QuoteQueryFunction", this::prime);
  }

  private QuoteQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new QuoteReadSide())), RealAdapters.maxWait(settings));
  }

  private QuoteQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoQuoteQueries(readModels), new MongoQuoteQueries(readModels),
        new MongoCustomerNames(readModels), new MongoCustomerSites(readModels), maxWait);
  }

  public QuoteQueryFunction(ReadModels readModels, QuoteListQueries list, PipelineQueries pipeline,
                            CustomerNames customers, CustomerSites sites, Duration maxWait) {
    super(readModels);
    this.list = new ListQuotesHandler(list, customers);
    this.detail = new ShowQuoteHandler(readModels, customers, sites);
    this.pipeline = new ShowPipelineHandler(pipeline);
    this.freshness = new ReadYourWrites(readModels, maxWait);
  }

  void prime() {
    prime(new Route("GET /quotes", "/quotes", Map.of(), Map.of("sort", "gross")),
        new Route("GET /reports/quotes-pipeline", "/reports/quotes-pipeline", Map.of(),
            Map.of("from", "2026-01-01", "to", "2026-12-31")),
        new Route("GET /quotes/{quoteId}", "/quotes/" + PRIMING_QUOTE, Map.of("quoteId", PRIMING_QUOTE), Map.of()));
  }

  /** The quotes pipeline is a report: an accountant's or a BI tool's API client may read it. */
  @Override
  protected boolean openToApiClients(String routeKey) {
    return routeKey.equals("GET /reports/quotes-pipeline");
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    QuoteVisibility.requireMaySeeQuotes(viewer);
    return switch (request.routeKey()) {
      case "GET /quotes" -> list(viewer, request);
      case "GET /quotes/{quoteId}" -> detail(viewer, request);
      case "GET /reports/quotes-pipeline" -> pipeline(viewer, request);
      default -> throw noRoute("quote", request);
    };
  }

  private HttpResponse detail(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    QuoteId quoteId = quoteIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), DETAIL, MinVersion.onPage(quoteId, minVersion));
    Optional<QuoteDetailView> quote = detail.handle(new ShowQuote(viewer.tenantId(), quoteId));
    return quote.isPresent() ? ok(quote.get(), behind)
        : notFound(Problem.notFound("quote.not-found", "there is no quote '" + quoteId + "'"), behind, request);
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "state", "customerId", "dateField", "from", "to",
        "sort", "order", "cursor", "limit", "minVersion");
    Set<QuoteStatus> states = p.optional("state", QueryParameters.someOf(QuoteStatus.class, QuoteStatus::wireName));
    CustomerId customer = p.optional("customerId", CustomerId::of);
    DateField dateField = p.optional("dateField", QueryParameters.oneOf(DateField.values(), DateField::wireName));
    LocalDate from = p.optional("from", LocalDate::parse);
    LocalDate to = p.optional("to", LocalDate::parse);
    QuoteListSort sort = p.optional("sort", QueryParameters.oneOf(QuoteListSort.values(), QuoteListSort::wireName));
    SortOrder order = p.optional("order", QueryParameters.oneOf(SortOrder.values(), SortOrder::wireName));
    ListCursor cursor = p.optional("cursor", ListCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListQuotes.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    if ((p.has("from") || p.has("to")) && !p.has("dateField")) {
      p.reject("dateField", "is required with from or to");
    }
    if (from != null && to != null && from.isAfter(to)) {
      p.reject("to", "must not be before from");
    }
    QuoteListSort effectiveSort = sort == null ? QuoteListSort.DRAFTED : sort;
    SortOrder effectiveOrder = order == null ? SortOrder.DESC : order;
    if (cursor != null && (cursor.sort() != effectiveSort || cursor.order() != effectiveOrder)) {
      p.reject("cursor", "belongs to another order of the list; keep sort and order while paging");
    }
    p.throwIfInvalid();
    ListQuotes query = new ListQuotes(viewer.tenantId(), states, customer, dateField, from, to, effectiveSort,
        effectiveOrder, cursor, limit == null ? ListQuotes.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), LIST, minVersion);
    return ok(list.handle(query), behind);
  }

  private HttpResponse pipeline(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to", "minVersion");
    LocalDate from = p.required("from", LocalDate::parse);
    LocalDate to = p.required("to", LocalDate::parse);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    if (from != null && to != null) {
      if (from.isAfter(to)) {
        p.reject("to", "must not be before from");
      } else if (to.toEpochDay() - from.toEpochDay() >= ShowPipeline.MAX_PERIOD_DAYS) {
        p.reject("to", "the period is at most " + ShowPipeline.MAX_PERIOD_DAYS + " days");
      }
    }
    p.throwIfInvalid();
    boolean behind = freshness.behind(viewer.tenantId(), LIST, minVersion);
    return ok(pipeline.handle(new ShowPipeline(viewer.tenantId(), from, to)), behind);
  }

  private static QuoteId quoteIdIn(HttpRequest request) {
    String text = request.pathParameter("quoteId");
    try {
      return QuoteId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("quote.not-found", "there is no quote '" + text + "'"));
    }
  }
}
