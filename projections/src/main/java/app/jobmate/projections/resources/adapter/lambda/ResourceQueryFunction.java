package app.jobmate.projections.resources.adapter.lambda;

import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
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
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.resources.ListResources;
import app.jobmate.projections.resources.Resource;
import app.jobmate.projections.resources.ResourceListView;
import app.jobmate.projections.resources.ResourceProjection;
import app.jobmate.projections.resources.ResourceQueries;
import app.jobmate.projections.resources.ResourceReadSide;
import app.jobmate.projections.resources.ResourceView;
import app.jobmate.projections.resources.ResourceVisibility;
import app.jobmate.projections.resources.adapter.mongodb.MongoResourceQueries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The equipment and vehicle queries of the HTTP API: {@code GET /resources} (filter by {@code kind},
 * {@code includeRetired} for owners and admins) and {@code GET /resources/{resourceId}}. Staff see the
 * names, kinds and busy flags of those in use; a retired one is not found for them. The tenant is the
 * token's; another tenant's resource is not found. {@code minVersion}: see {@link ReadYourWrites}.
 */
public final class ResourceQueryFunction extends QueryFunction {

  private static final Function<String, MinVersion> MIN_VERSION = ReadYourWrites.ofAStream(ResourceId::of,
      "resourceId");
  private static final ResourceProjection RESOURCES = new ResourceProjection();
  private static final String PRIMING_RESOURCE = "00000000-0000-7000-8000-000000000000";

  private final ReadModels readModels;
  private final ResourceQueries lists;
  private final ReadYourWrites freshness;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public ResourceQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("ResourceQueryFunction", this::prime);
  }

  private ResourceQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new ResourceReadSide())), RealAdapters.maxWait(settings));
  }

  private ResourceQueryFunction(MongoReadModels readModels, Duration maxWait) {
    this(readModels, new MongoResourceQueries(readModels), maxWait);
  }

  public ResourceQueryFunction(ReadModels readModels, ResourceQueries lists, Duration maxWait) {
    super(readModels);
    this.readModels = readModels;
    this.lists = lists;
    this.freshness = new ReadYourWrites(readModels, maxWait);
  }

  void prime() {
    prime(new Route("GET /resources", "/resources", Map.of(), Map.of("kind", "vehicle")),
        new Route("GET /resources/{resourceId}", "/resources/" + PRIMING_RESOURCE,
            Map.of("resourceId", PRIMING_RESOURCE), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    ResourceVisibility.requireMayReadResources(viewer);
    return switch (request.routeKey()) {
      case "GET /resources" -> list(viewer, request);
      case "GET /resources/{resourceId}" -> resource(viewer, request);
      default -> throw noRoute("resource", request);
    };
  }

  private HttpResponse list(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "kind", "includeRetired", "minVersion");
    Set<ResourceKind> kinds = p.optional("kind", QueryParameters.someOf(ResourceKind.class, ResourceKind::wireName));
    Boolean includeRetired = p.optional("includeRetired", ResourceQueryFunction::bool);
    MinVersion minVersion = p.optional("minVersion", MIN_VERSION);
    p.throwIfInvalid();
    boolean everything = ResourceVisibility.seesEverything(viewer);
    if (Boolean.TRUE.equals(includeRetired) && !everything) {
      throw new NotAllowed("staff see only the equipment and vehicles in use; leave out includeRetired");
    }
    ListResources query = new ListResources(viewer.tenantId(), kinds == null ? Set.of() : kinds,
        Boolean.TRUE.equals(includeRetired));
    boolean behind = freshness.behind(viewer.tenantId(), RESOURCES, minVersion);
    return ok(ResourceListView.of(lists.list(query), everything), behind);
  }

  private HttpResponse resource(Viewer viewer, HttpRequest request) {
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    ResourceId resourceId = resourceIdIn(request);
    boolean behind = freshness.behind(viewer.tenantId(), RESOURCES, MinVersion.onPage(resourceId, minVersion));
    var found = readModels.findActive(ResourceProjection.NAME, Resource.class,
            DocumentId.of(viewer.tenantId(), resourceId.toString()))
        .filter(v -> ResourceVisibility.maySee(viewer, v.document()));
    return found.isPresent() ? ok(ResourceView.of(found.get(), ResourceVisibility.seesEverything(viewer)), behind)
        : notFound(Problem.notFound("resource.not-found", "there is no resource " + resourceId), behind, request);
  }

  private static Boolean bool(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("must be true or false");
    };
  }

  private static ResourceId resourceIdIn(HttpRequest request) {
    String text = request.pathParameter("resourceId");
    try {
      return ResourceId.of(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.notFound("resource.not-found", "there is no resource '" + text + "'"));
    }
  }
}
