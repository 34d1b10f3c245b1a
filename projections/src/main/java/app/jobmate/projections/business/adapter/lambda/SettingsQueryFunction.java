package app.jobmate.projections.business.adapter.lambda;

import app.jobmate.events.Role;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.business.BusinessProfile;
import app.jobmate.projections.business.BusinessProjection;
import app.jobmate.projections.business.BusinessReadSide;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /settings}: the business's settings as the owner chose them, for owners and admins
 * (staff are refused). A setting never chosen is absent; a business that never set any answers an
 * empty object. The tenant is the token's.
 */
public final class SettingsQueryFunction extends QueryFunction {

  private final ReadModels readModels;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public SettingsQueryFunction() {
    this(RealAdapters.readModels(FunctionSettings.current(), List.of(new BusinessReadSide())));
    SnapStartPriming.beforeSnapshot("SettingsQueryFunction", this::prime);
  }

  public SettingsQueryFunction(ReadModels readModels) {
    super(readModels);
    this.readModels = readModels;
  }

  void prime() {
    prime(new Route("GET /settings", "/settings", Map.of(), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    if (!request.routeKey().equals("GET /settings")) {
      throw noRoute("settings", request);
    }
    viewer.requireAny("read the business's settings", Role.OWNER, Role.ADMIN);
    new QueryParameters(request.queryParameters()).throwIfInvalid();
    BusinessProfile settings = readModels.findActive(BusinessProjection.NAME, BusinessProfile.class,
            DocumentId.of(viewer.tenantId(), viewer.tenantId().value()))
        .map(found -> found.document()).orElse(BusinessProfile.NONE);
    return ok(settings, false);
  }
}
