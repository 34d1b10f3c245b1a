package app.jobmate.projections.team.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.projections.adapter.lambda.QueryFunction;
import app.jobmate.projections.adapter.lambda.QueryParameters;
import app.jobmate.projections.adapter.lambda.RealAdapters;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.team.TeamReadSide;
import app.jobmate.projections.team.adapter.mongodb.MongoBusinessNames;
import app.jobmate.projections.team.view.BusinessNames;
import app.jobmate.projections.team.view.TeamView;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /team} (owners and admins: every member with name, email, role and status; staff are
 * 403) and {@code GET /me} (anyone: their own name, email and role, and the business's name), from
 * the team read model of the token's business only; {@code GET /api-clients} (owners: the programs
 * given read-only access to the reports). None takes a parameter.
 */
public final class TeamQueryFunction extends QueryFunction {

  private final TeamView view;

  /** Wired from the function's settings (see {@link RealAdapters}). */
  public TeamQueryFunction() {
    this(RealAdapters.readModels(FunctionSettings.current(), List.of(new TeamReadSide())));
    SnapStartPriming.beforeSnapshot("TeamQueryFunction", this::prime);
  }

  private TeamQueryFunction(MongoReadModels readModels) {
    this(readModels, new MongoBusinessNames(readModels));
  }

  public TeamQueryFunction(ReadModels readModels, BusinessNames businessNames) {
    super(readModels);
    this.view = new TeamView(readModels, businessNames);
  }

  void prime() {
    prime(new Route("GET /team", "/team", Map.of(), Map.of()), new Route("GET /me", "/me", Map.of(), Map.of()));
  }

  @Override
  protected HttpResponse answer(Viewer viewer, HttpRequest request) {
    return switch (request.routeKey()) {
      case "GET /team" -> {
        new QueryParameters(request.queryParameters()).throwIfInvalid();
        yield ok(view.team(viewer), false);
      }
      case "GET /me" -> {
        new QueryParameters(request.queryParameters()).throwIfInvalid();
        yield ok(view.me(viewer), false);
      }
      case "GET /api-clients" -> {
        new QueryParameters(request.queryParameters()).throwIfInvalid();
        yield ok(view.apiClients(viewer), false);
      }
      default -> throw noRoute("team", request);
    };
  }
}
