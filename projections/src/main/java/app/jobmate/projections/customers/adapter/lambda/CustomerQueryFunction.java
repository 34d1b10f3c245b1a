package app.jobmate.projections.customers.adapter.lambda;

import app.jobmate.events.values.CustomerId;
import app.jobmate.lambda.FunctionSettings;
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
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerReadSide;
import app.jobmate.projections.customers.CustomerStatus;
import app.jobmate.projections.customers.CustomerVisibility;
import app.jobmate.projections.customers.adapter.mongodb.MongoCustomerQueries;
import app.jobmate.projections.customers.list.CustomerCursor;
import app.jobmate.projections.customers.list.CustomerListQueries;
import app.jobmate.projections.customers.list.CustomerSearch;
import app.jobmate.projections.customers.list.ListCustomers;
import app.jobmate.projections.customers.list.ListCustomersHandler;
import app.jobmate.projections.customers.page.CustomerView;
import app.jobmate.projections.customers.page.ShowCustomerHandler;
import app.jobmate.projections.query.Viewer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The customer queries of the HTTP API, owners and admins only: {@code GET /customers} (the list
 * and its search, {@link ListCustomers}) and {@code GET /customers/{customerId}} (the customer page;
 * a merged id answers its survivor's page, an erased or unknown one, or another tenant's, is a 404).
 * The read model holds the opened personal data, so this function needs no key; nothing asked or
 * answered is logged. {@code minVersion}: see {@link ReadYourWrites}.
 */
public final class CustomerQueryFunction extends QueryFunction {

  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(CustomerId::of,
      "customerId");
  private static final CustomerProjection CUSTOMERS = new CustomerProjection();
  private static final String PRIMING_CUSTOMER = "00000000-0000-7000-8000-000000000000";

  private final ListCustomersHandler lists;
  private final ShowCustomerHandler page;
  private final ReadYourWrites freshness;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public CustomerQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("CustomerQueryFunction", this::prime);
  }

  private CustomerQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new CustomerReadSide())), RealAdapters.maxWait(settings));
  }

  private CustomerQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoCustomerQueries(readModels), maxWait);
  }

  public CustomerQueryFunction(ReadModels readModels, CustomerListQueries list, Duration maxWait) {
    super(readModels);
    this.lists = new ListCustomersHandler(list);
    this.page = new ShowCustomerHandler(readModels);
    this.freshness = new ReadYourWrites(readModels, maxWait);
  }

  void prime() {
    prime(new Route("GET /customers", "/customers", Map.of(), Map.of("name", "zo", "status", "active")),
        new Route("GET /customers/{customerId}", "/customers/" + PRIMING_CUSTOMER,
            Map.of("customerId", PRIMING_CUSTOMER), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    CustomerVisibility.requireMaySeeCustomers(viewer);
    return switch (request.routeKey()) {
      case "GET /customers" -> list(viewer, request);
      case "GET /customers/{customerId}" -> customer(viewer, request);
      default -> throw noRoute("customer", request);
    };
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "name", "email", "phone", "postcode", "status",
        "cursor", "limit", "minVersion");
    String name = p.optional("name", prefix(CustomerSearch::nameOrEmail));
    String email = p.optional("email", prefix(CustomerSearch::nameOrEmail));
    String phone = p.optional("phone", prefix(CustomerSearch::phone));
    String postcode = p.optional("postcode", prefix(CustomerSearch::postcode));
    CustomerStatus status = p.optional("status", CustomerQueryFunction::status);
    String cursor = p.optional("cursor", CustomerCursor::decode);
    Integer limit = p.optional("limit", QueryParameters.limit(ListCustomers.MAX_LIMIT));
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    ListCustomers query = new ListCustomers(viewer.tenantId(), new CustomerSearch(name, email, phone, postcode),
        status == null ? ListCustomers.LISTED : Set.of(status), cursor,
        limit == null ? ListCustomers.DEFAULT_LIMIT : limit);
    boolean behind = freshness.behind(viewer.tenantId(), CUSTOMERS, minVersion);
    return ok(lists.handle(query, viewer), behind);
  }

  private HttpResponse customer(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    CustomerId customerId = customerIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), CUSTOMERS, MinVersion.onPage(customerId, minVersion));
    Optional<CustomerView> customer = page.handle(viewer.tenantId(), customerId, viewer);
    return customer.isPresent() ? ok(customer.get(), behind)
        : notFound(Problem.notFound("customer.not-found", "there is no customer " + customerId), behind, request);
  }

  /**
   * A search text as typed, normalised as the keys are by {@code normalise}: well-formed Unicode, at
   * most a few hundred characters, something left to search by.
   */
  private static Function<String, String> prefix(Function<String, String> normalise) {
    return value -> {
      if (value.length() > 2 * CustomerSearch.MAX_PREFIX) {
        throw new IllegalArgumentException("must be at most " + CustomerSearch.MAX_PREFIX + " characters");
      }
      if (!wellFormed(value)) {
        throw new IllegalArgumentException("must be well-formed Unicode text");
      }
      return normalise.apply(value);
    };
  }

  private static boolean wellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static CustomerStatus status(String value) {
    return switch (value) {
      case "active" -> CustomerStatus.ACTIVE;
      case "archived" -> CustomerStatus.ARCHIVED;
      default -> throw new IllegalArgumentException("must be active or archived");
    };
  }

  private static CustomerId customerIdIn(HttpRequest request) {
    String text = request.pathParameter("customerId");
    try {
      return CustomerId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("customer.not-found", "there is no customer '" + text + "'"));
    }
  }
}
