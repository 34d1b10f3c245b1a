package app.jobmate.projections.mileage.adapter.lambda;

import app.jobmate.events.values.TaxYear;
import app.jobmate.events.values.Identifier;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.mileage.MileageProjection;
import app.jobmate.projections.mileage.MileageReadSide;
import app.jobmate.projections.mileage.MileageView;
import app.jobmate.projections.mileage.MileageVisibility;
import app.jobmate.projections.mileage.MileageYear;
import app.jobmate.projections.query.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /mileage?member=&taxYear=}: a person's car and van miles counted in a tax year, split at
 * the 10,000 (45p, 25p), their pence and the 45p miles left (docs/api.md). {@code member} defaults to
 * the caller (staff: only themselves, else 403), {@code taxYear} ({@code 2026-27}) to this one in
 * London. The tenant is the token's: another business's member has nothing counted here.
 */
public final class MileageQueryFunction extends QueryFunction {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ReadModels readModels;
  private final Clock clock;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public MileageQueryFunction() {
    this(RealAdapters.readModels(FunctionSettings.current(), List.of(new MileageReadSide())), Clock.systemUTC());
    SnapStartPriming.beforeSnapshot("MileageQueryFunction", this::prime);
  }

  public MileageQueryFunction(ReadModels readModels, Clock clock) {
    super(readModels);
    this.readModels = readModels;
    this.clock = clock;
  }

  void prime() {
    prime(new Route("GET /mileage", "/mileage", Map.of(), Map.of("taxYear", "2026-27")));
  }

  /** Miles per person and tax year is a report the accountant's API client may read, as an admin does. */
  @Override
  protected boolean openToApiClients(String routeKey) {
    return true;
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    if (!request.routeKey().equals("GET /mileage")) {
      throw noRoute("mileage", request);
    }
    QueryParameters p = new QueryParameters(request.queryParameters(), "member", "taxYear");
    String member = p.optional("member", text -> {
      Identifier.parse(text);
      return text;
    });
    TaxYear taxYear = p.optional("taxYear", TaxYear::parse);
    p.throwIfInvalid();
    String whose = MileageVisibility.whose(viewer, member);
    TaxYear year = taxYear != null ? taxYear : TaxYear.of(LocalDate.now(clock.withZone(LONDON)));
    MileageYear counted = readModels.findActive(MileageProjection.NAME, MileageYear.class,
            DocumentId.of(viewer.tenantId(), whose + "-" + year.startYear()))
        .map(Versioned::document).orElse(null);
    return ok(MileageView.of(whose, year.toString(), counted), false);
  }
}
