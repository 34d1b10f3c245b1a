package app.jobmate.projections.staff.adapter.lambda;

import app.jobmate.events.values.Identifier;
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
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.staff.StaffProfile;
import app.jobmate.projections.staff.StaffProfileProjection;
import app.jobmate.projections.staff.StaffProfileView;
import app.jobmate.projections.staff.StaffReadSide;
import app.jobmate.projections.staff.StaffVisibility;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /resources/staff/{memberId}}: a member of staff as a resource, their skills, working hours
 * and (owners and admins) the history of their hourly cost; staff read only their own, without costs.
 * The tenant is the token's: another business's member is not found. {@code minVersion}: see
 * {@link ReadYourWrites}.
 */
public final class StaffQueryFunction extends QueryFunction {

  private static final StaffProfileProjection STAFF = new StaffProfileProjection();
  private static final String PRIMING_MEMBER = "00000000-0000-7000-8000-000000000000";

  private final ReadModels readModels;
  private final ReadYourWrites freshness;

  /** Wired from the function's settings (see {@link RealAdapters}) and {@code READ_MODEL_WAIT_MS}. */
  public StaffQueryFunction() {
    this(FunctionSettings.current());
    SnapStartPriming.beforeSnapshot("StaffQueryFunction", this::prime);
  }

  private StaffQueryFunction(FunctionSettings settings) {
    this(RealAdapters.readModels(settings, List.of(new StaffReadSide())), RealAdapters.maxWait(settings));
  }

  public StaffQueryFunction(ReadModels readModels, Duration maxWait) {
    super(readModels);
    this.readModels = readModels;
    this.freshness = new ReadYourWrites(readModels, maxWait);
  }

  void prime() {
    prime(new Route("GET /resources/staff/{memberId}", "/resources/staff/" + PRIMING_MEMBER,
        Map.of("memberId", PRIMING_MEMBER), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    StaffVisibility.requireMayReadProfiles(viewer);
    if (!request.routeKey().equals("GET /resources/staff/{memberId}")) {
      throw noRoute("staff", request);
    }
    QueryParameters p = new QueryParameters(request.queryParameters(), "minVersion");
    Long minVersion = p.optional("minVersion", ReadYourWrites::version);
    p.throwIfInvalid();
    String member = request.pathParameter("memberId");
    Problem missing = Problem.notFound("resource.staff-not-found", "there is no staff profile of " + member);
    try {
      Identifier.parse(member);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(missing);
    }
    if (!StaffVisibility.maySeeProfileOf(viewer, member)) {
      throw new ProblemException(missing);
    }
    boolean behind = freshness.behind(viewer.tenantId(), STAFF, MinVersion.onPage(member, minVersion));
    var found = readModels.findActive(StaffProfileProjection.NAME, StaffProfile.class,
        DocumentId.of(viewer.tenantId(), member));
    return found.isPresent() ? ok(StaffProfileView.of(found.get(), StaffVisibility.seesCosts(viewer)), behind)
        : notFound(missing, behind, request);
  }
}
