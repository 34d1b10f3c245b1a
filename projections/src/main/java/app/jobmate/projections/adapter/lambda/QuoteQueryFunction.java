package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.lambda.ReadYourWrites.Waited;
import app.jobmate.projections.adapter.mongodb.MongoQuoteQueries;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.paging.SortOrder;
import app.jobmate.projections.quotes.QuoteStatus;
import app.jobmate.projections.quotes.detail.QuoteDetail;
import app.jobmate.projections.quotes.detail.QuoteDetailProjection;
import app.jobmate.projections.quotes.list.DateField;
import app.jobmate.projections.quotes.list.ListCursor;
import app.jobmate.projections.quotes.list.ListQuotes;
import app.jobmate.projections.quotes.list.QuoteListItem;
import app.jobmate.projections.quotes.list.QuoteListPage;
import app.jobmate.projections.quotes.list.QuoteListProjection;
import app.jobmate.projections.quotes.list.QuoteListQueries;
import app.jobmate.projections.quotes.list.QuoteListSort;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.QuotesPipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The quote queries of the HTTP API: {@code GET /quotes} (the list), {@code GET /quotes/{quoteId}}
 * (the quote page) and {@code GET /reports/quotes-pipeline}. Owners and admins only: staff see no
 * prices (DOMAIN.md). The tenant is the token's; another tenant's quote is not found.
 *
 * <p>{@code minVersion} lets a client read its own write: the function polls the read model until the
 * quote is at that version or {@code READ_MODEL_WAIT_MS} (default 2000) has passed, then answers
 * with what it has, saying {@code "behind": true} and {@code X-Read-Model-Behind: true} if it is.
 */
public final class QuoteQueryFunction extends HttpApiFunction {

  private static final ObjectMapper JSON = ReadYourWrites.JSON;
  private static final long MAX_PERIOD_DAYS = 3_660;
  private static final String PRIMING = "snapstart-priming";
  private static final String PRIMING_QUOTE = "00000000-0000-7000-8000-000000000000";
  private static final Function<String, MinVersion> MIN_VERSION = MinVersion.parser(QuoteId::of, "quoteId");

  private final ReadModels readModels;
  private final QuoteListQueries list;
  private final PipelineQueries pipeline;
  private final ReadYourWrites freshness;

  /** Wired from the function's settings (see {@link ReadSide}) and {@code READ_MODEL_WAIT_MS}. */
  public QuoteQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("QuoteQueryFunction", this::prime);
  }

  private QuoteQueryFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings, MongoReadModels::forQuotes), ReadSide.maxWait(settings));
  }

  private QuoteQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoQuoteQueries(readModels), new MongoQuoteQueries(readModels), maxWait);
  }

  public QuoteQueryFunction(ReadModels readModels, QuoteListQueries list, PipelineQueries pipeline, Duration maxWait) {
    this.readModels = readModels;
    this.list = list;
    this.pipeline = pipeline;
    this.freshness = new ReadYourWrites(maxWait);
  }

  /**
   * Asks for a quote that does not exist, the first page of the list and a pipeline, in a tenant
   * that does not exist: claims, parameters, the read model's reads, the aggregation and JSON all
   * run, and nothing is written.
   */
  void prime() {
    Map<String, String> claims = Map.of("sub", PRIMING, Principal.TENANT_CLAIM, PRIMING, Principal.GROUPS_CLAIM, "[owner]");
    handle(new HttpRequest("GET /quotes", "/quotes", Map.of(), Map.of("sort", "gross"), Map.of(), null, PRIMING, claims));
    handle(new HttpRequest("GET /reports/quotes-pipeline", "/reports/quotes-pipeline", Map.of(),
        Map.of("from", "2026-01-01", "to", "2026-12-31"), Map.of(), null, PRIMING, claims));
    try {
      handle(new HttpRequest("GET /quotes/{quoteId}", "/quotes/" + PRIMING_QUOTE, Map.of("quoteId", PRIMING_QUOTE),
          Map.of(), Map.of(), null, PRIMING, claims));
    } catch (ProblemException e) {
      if (e.problem().status() != 404) {
        throw e;
      }
    }
  }

  /** MongoDB out of reach (a failover, a partition) is a 503 to try again, not a 500. */
  @Override
  protected boolean unavailable(RuntimeException failure) {
    return ReadSide.outOfReach(failure);
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    Principal principal = Principal.fromClaims(request.claims());
    principal.requireAny("see quotes and their prices", Role.OWNER, Role.ADMIN);
    return switch (request.routeKey()) {
      case "GET /quotes" -> list(principal.tenantId(), request);
      case "GET /quotes/{quoteId}" -> detail(principal.tenantId(), request);
      case "GET /reports/quotes-pipeline" -> pipeline(principal.tenantId(), request);
      default -> throw new ProblemException(Problem.notFound(null, "no quote query at " + request.routeKey()));
    };
  }

  private HttpResponse detail(TenantId tenant, HttpRequest request) {
    QueryParameters parameters = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = parameters.optional("minVersion", MinVersion::version);
    parameters.throwIfInvalid();
    QuoteId quoteId = quoteIdIn(request);
    String id = tenant.value() + "#" + quoteId;
    Supplier<Optional<Versioned<QuoteDetail>>> read = () -> readModels.find(
        readModels.placement(QuoteDetailProjection.NAME).active(), QuoteDetail.class, id);
    Waited<Optional<Versioned<QuoteDetail>>> found = minVersion == null ? new Waited<>(read.get(), false)
        : freshness.await(read, d -> d.isPresent() && d.get().version() >= minVersion);
    if (found.value().isEmpty()) {
      Problem missing = Problem.notFound("quote.not-found", "there is no quote '" + quoteId + "'");
      if (!found.behind()) {
        throw new ProblemException(missing);
      }
      return ReadYourWrites.notFoundBehind(missing, request);
    }
    Versioned<QuoteDetail> detail = found.value().get();
    ObjectNode body = JSON.createObjectNode().put("quoteId", detail.streamId()).put("version", detail.version());
    body.setAll((ObjectNode) JSON.valueToTree(detail.document()));
    body.put("behind", found.behind());
    return ReadYourWrites.answer(body, found.behind());
  }

  private HttpResponse list(TenantId tenant, HttpRequest request) {
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
    ListQuotes query = new ListQuotes(tenant, states, customer, dateField, from, to, effectiveSort, effectiveOrder, cursor,
        limit == null ? ListQuotes.DEFAULT_LIMIT : limit);
    boolean behind = minVersion != null && !awaitListed(tenant, minVersion);
    QuoteListPage page = list.list(query);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (Versioned<QuoteListItem> item : page.items()) {
      ObjectNode node = items.addObject().put("quoteId", item.streamId()).put("version", item.version());
      node.setAll((ObjectNode) JSON.valueToTree(item.document()));
    }
    page.next().ifPresent(next -> body.put("nextCursor", next.encode()));
    body.put("limit", query.limit());
    body.put("behind", behind);
    return ReadYourWrites.answer(body, behind);
  }

  private HttpResponse pipeline(TenantId tenant, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to", "minVersion");
    LocalDate from = p.required("from", LocalDate::parse);
    LocalDate to = p.required("to", LocalDate::parse);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    if (from != null && to != null) {
      if (from.isAfter(to)) {
        p.reject("to", "must not be before from");
      } else if (to.toEpochDay() - from.toEpochDay() >= MAX_PERIOD_DAYS) {
        p.reject("to", "the period is at most " + MAX_PERIOD_DAYS + " days");
      }
    }
    p.throwIfInvalid();
    boolean behind = minVersion != null && !awaitListed(tenant, minVersion);
    QuotesPipeline report = QuotesPipeline.of(from, to, pipeline.tally(tenant, from, to));
    ObjectNode body = JSON.createObjectNode().put("from", from.toString()).put("to", to.toString());
    ObjectNode byState = body.putObject("byState");
    report.byState().forEach((state, figures) -> byState.putObject(state.wireName())
        .put("count", figures.count()).put("gross", figures.gross()));
    body.put("issued", report.issued()).put("awaitingDecision", report.awaitingDecision()).put("decided", report.decided());
    body.put("conversionRate", report.conversionRate());
    body.put("acceptedOfIssued", report.acceptedOfIssued());
    body.put("averageDaysToAccept", report.averageDaysToAccept());
    ObjectNode reasons = body.putObject("declineReasons");
    report.declineReasons().forEach((reason, count) -> reasons.put(reason.wireName(), count));
    body.put("behind", behind);
    return ReadYourWrites.answer(body, behind);
  }

  /** Waits for the quote list to hold the quote at the version; {@code false} when it still does not. */
  private boolean awaitListed(TenantId tenant, MinVersion minVersion) {
    String id = tenant.value() + "#" + minVersion.streamId();
    Supplier<Optional<Versioned<QuoteListItem>>> read = () -> readModels.find(
        readModels.placement(QuoteListProjection.NAME).active(), QuoteListItem.class, id);
    return !freshness.await(read, q -> q.isPresent() && q.get().version() >= minVersion.version()).behind();
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
