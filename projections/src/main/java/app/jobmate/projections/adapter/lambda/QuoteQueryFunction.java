package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.adapter.mongodb.MongoQuoteQueries;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
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
import app.jobmate.projections.quotes.list.SortOrder;
import app.jobmate.projections.quotes.pipeline.PipelineQueries;
import app.jobmate.projections.quotes.pipeline.QuotesPipeline;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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

  static final String BEHIND_HEADER = "x-read-model-behind";
  private static final ObjectMapper JSON = EventJson.mapper().copy()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  private static final long MAX_PERIOD_DAYS = 3_660;

  private final ReadModels readModels;
  private final QuoteListQueries list;
  private final PipelineQueries pipeline;
  private final Duration maxWait;

  /** Wired from the function's settings (see {@link ReadSide}) and {@code READ_MODEL_WAIT_MS}. */
  public QuoteQueryFunction() {
    this(FunctionSettings.current());
  }

  private QuoteQueryFunction(FunctionSettings settings) {
    this(ReadSide.readModels(settings), Duration.ofMillis(settings.getInt("READ_MODEL_WAIT_MS", 2_000)));
  }

  private QuoteQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoQuoteQueries(readModels), new MongoQuoteQueries(readModels), maxWait);
  }

  public QuoteQueryFunction(ReadModels readModels, QuoteListQueries list, PipelineQueries pipeline, Duration maxWait) {
    this.readModels = readModels;
    this.list = list;
    this.pipeline = pipeline;
    this.maxWait = maxWait;
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
    Long minVersion = parameters.optional("minVersion", QuoteQueryFunction::version);
    parameters.throwIfInvalid();
    QuoteId quoteId = quoteIdIn(request);
    String id = tenant.value() + "#" + quoteId;
    Supplier<Optional<Versioned<QuoteDetail>>> read = () -> readModels.find(
        readModels.placement(QuoteDetailProjection.NAME).active(), QuoteDetail.class, id);
    Waited<Optional<Versioned<QuoteDetail>>> found = minVersion == null ? new Waited<>(read.get(), false)
        : waitFor(read, d -> d.isPresent() && d.get().version() >= minVersion);
    if (found.value().isEmpty()) {
      Problem missing = Problem.notFound("quote.not-found", "there is no quote '" + quoteId + "'");
      if (!found.behind()) {
        throw new ProblemException(missing);
      }
      // not there after waiting for it: the client's own write may not have reached the read model yet
      return HttpResponse.problem(missing.about(request.path(), request.requestId())).withHeader(BEHIND_HEADER, "true");
    }
    Versioned<QuoteDetail> detail = found.value().get();
    ObjectNode body = JSON.createObjectNode().put("quoteId", detail.streamId()).put("version", detail.version());
    body.setAll((ObjectNode) JSON.valueToTree(detail.document()));
    body.put("behind", found.behind());
    return answer(body, found.behind());
  }

  private HttpResponse list(TenantId tenant, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "state", "customerId", "dateField", "from", "to",
        "sort", "order", "cursor", "limit", "minVersion");
    Set<QuoteStatus> states = p.optional("state", QuoteQueryFunction::states);
    CustomerId customer = p.optional("customerId", CustomerId::of);
    DateField dateField = p.optional("dateField",
        v -> DateField.find(v).orElseThrow(() -> oneOf(DateField.values(), DateField::wireName)));
    LocalDate from = p.optional("from", LocalDate::parse);
    LocalDate to = p.optional("to", LocalDate::parse);
    QuoteListSort sort = p.optional("sort",
        v -> QuoteListSort.find(v).orElseThrow(() -> oneOf(QuoteListSort.values(), QuoteListSort::wireName)));
    SortOrder order = p.optional("order",
        v -> SortOrder.find(v).orElseThrow(() -> oneOf(SortOrder.values(), SortOrder::wireName)));
    ListCursor cursor = p.optional("cursor", ListCursor::decode);
    Integer limit = p.optional("limit", QuoteQueryFunction::limit);
    MinVersion minVersion = p.optional("minVersion", MinVersion::parse);
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
    return answer(body, behind);
  }

  private HttpResponse pipeline(TenantId tenant, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "from", "to", "minVersion");
    LocalDate from = p.required("from", LocalDate::parse);
    LocalDate to = p.required("to", LocalDate::parse);
    MinVersion minVersion = p.optional("minVersion", MinVersion::parse);
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
    return answer(body, behind);
  }

  /** Waits for the quote list to hold the quote at the version; {@code false} when it still does not. */
  private boolean awaitListed(TenantId tenant, MinVersion minVersion) {
    String id = tenant.value() + "#" + minVersion.quoteId();
    Supplier<Optional<Versioned<QuoteListItem>>> read = () -> readModels.find(
        readModels.placement(QuoteListProjection.NAME).active(), QuoteListItem.class, id);
    return !waitFor(read, q -> q.isPresent() && q.get().version() >= minVersion.version()).behind();
  }

  private <T> Waited<T> waitFor(Supplier<T> read, Predicate<T> satisfied) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    long pauseMillis = 20;
    while (true) {
      T value = read.get();
      if (satisfied.test(value)) {
        return new Waited<>(value, false);
      }
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        return new Waited<>(value, true);
      }
      try {
        Thread.sleep(Math.min(pauseMillis, remainingMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Waited<>(value, true);
      }
      pauseMillis = Math.min(pauseMillis * 2, 200);
    }
  }

  private static HttpResponse answer(ObjectNode body, boolean behind) {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
    HttpResponse response = HttpResponse.json(200, json);
    return behind ? response.withHeader(BEHIND_HEADER, "true") : response;
  }

  private static QuoteId quoteIdIn(HttpRequest request) {
    String text = request.pathParameter("quoteId");
    try {
      return QuoteId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("quote.not-found", "there is no quote '" + text + "'"));
    }
  }

  private static Set<QuoteStatus> states(String value) {
    Set<QuoteStatus> states = EnumSet.noneOf(QuoteStatus.class);
    for (String name : value.split(",", -1)) {
      states.add(QuoteStatus.find(name.strip())
          .orElseThrow(() -> oneOf(QuoteStatus.values(), QuoteStatus::wireName)));
    }
    return states;
  }

  private static Integer limit(String value) {
    int limit;
    try {
      limit = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number from 1 to " + ListQuotes.MAX_LIMIT);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("must be a whole number from 1 to " + ListQuotes.MAX_LIMIT);
    }
    // a larger page is capped rather than refused: the answer's limit says what was used
    return Math.min(limit, ListQuotes.MAX_LIMIT);
  }

  private static long version(String value) {
    try {
      long version = Long.parseLong(value);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below, as every other malformed version is
    }
    throw new IllegalArgumentException("must be a version, a whole number from 1");
  }

  private static <E> IllegalArgumentException oneOf(E[] values, Function<E, String> name) {
    return new IllegalArgumentException("must be one of " + String.join(", ", Arrays.stream(values).map(name).toList()));
  }

  /** {@code <quoteId>:<version>}: the write the client wants to read. */
  private record MinVersion(QuoteId quoteId, long version) {
    static MinVersion parse(String text) {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("must be <quoteId>:<version>");
      }
      try {
        return new MinVersion(QuoteId.of(text.substring(0, colon)), QuoteQueryFunction.version(text.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("must be <quoteId>:<version>, e.g. 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60:7");
      }
    }
  }

  private record Waited<T>(T value, boolean behind) {
  }
}
