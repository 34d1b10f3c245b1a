package app.jobmate.projections.adapter.lambda;

import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.http.Caller;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Membership;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;

/**
 * A query function of the HTTP API, which only translates: who asks from the token's claims, the
 * route's parameters into a query record for the context's handler, and the handler's answer into
 * JSON (absent values left out) with {@code "behind"}, and the header {@code x-read-model-behind}
 * when a {@code minVersion} was not reached in time ({@link ReadYourWrites}). A query the viewer
 * may not ask is a 403; every error is {@code application/problem+json}.
 */
public abstract class QueryFunction extends HttpApiFunction {

  public static final String BEHIND_HEADER = "x-read-model-behind";
  private static final ObjectMapper JSON = EventJson.mapper().copy()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  private static final String PRIMING = "snapstart-priming";

  private final Membership membership;

  /** @param readModels where the team read model is, which every query consults first */
  protected QueryFunction(ReadModels readModels) {
    this.membership = ReadSides.membership(readModels);
  }

  @Override
  protected final HttpResponse handle(HttpRequest request) {
    Viewer viewer = switch (Caller.fromClaims(request.claims())) {
      case Caller.Member member -> {
        Principal principal = member.principal();
        yield new Viewer(principal.tenantId(), principal.userId(), rolesNow(principal));
      }
      case Caller.ApiClient client -> {
        if (!openToApiClients(request.routeKey())) {
          throw new ProblemException(API_CLIENTS_REFUSED);
        }
        yield Viewer.ofApiClient(client.tenantId(), client.clientId().value());
      }
    };
    try {
      return answer(viewer, request);
    } catch (NotAllowed e) {
      throw new ProblemException(Problem.forbidden(e.getMessage()));
    }
  }

  /**
   * Whether programs (API clients, through the reports' authorizer) may ask this route: the reports
   * and exports only. Every other route answers them 403, even if one were ever put behind that
   * authorizer by mistake.
   */
  protected boolean openToApiClients(String routeKey) {
    return false;
  }

  private static final Problem API_CLIENTS_REFUSED = Problem.forbidden("api-client.not-allowed",
      "API clients read the reports and exports only");

  /**
   * The caller's roles now: a caller the team read model shows as removed is refused (403
   * {@code member.removed}) from the moment the team projector has applied {@code MemberRemoved}; a
   * member it lists reads in the role it gives them (a demotion counts once projected, not when the
   * token expires), if their token carries a role at all; one read of one document by id. A business whose team is not in the read model,
   * or a caller it never named, reads on the token's verified claims
   * (docs/decisions/membership-check.md).
   */
  private Set<Role> rolesNow(Principal principal) {
    Membership.Standing standing = membership.standing(principal.tenantId(), principal.userId());
    if (standing.removed()) {
      throw new ProblemException(MEMBER_REMOVED);
    }
    // a token with no role stays refused: the record changes a role, it does not grant one to such a token
    return principal.roles().isEmpty() ? principal.roles() : standing.role().map(Set::of).orElse(principal.roles());
  }

  private static final Problem MEMBER_REMOVED = Problem.forbidden("member.removed",
      "you have been removed from this business's team");

  /** MongoDB out of reach (a failover, a partition) is a 503 to try again, not a 500. */
  @Override
  protected final boolean unavailable(RuntimeException failure) {
    return RealAdapters.outOfReach(failure);
  }

  /** The answer to {@code request}, asked by {@code viewer}. */
  protected abstract HttpResponse answer(Viewer viewer, HttpRequest request);

  /** A 200 with {@code answer} and {@code "behind"}, and the behind header when the read model is behind. */
  protected static HttpResponse ok(Object answer, boolean behind) {
    String json;
    try {
      json = JSON.writeValueAsString(new Answer<>(answer, behind));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the answer as JSON", e);
    }
    HttpResponse response = HttpResponse.json(200, json);
    return behind ? response.withHeader(BEHIND_HEADER, "true") : response;
  }

  /**
   * A 404; after a {@code minVersion} wait that ran out, with the behind header: the client's own
   * write may not have reached the read model yet.
   */
  protected static HttpResponse notFound(Problem missing, boolean behind, HttpRequest request) {
    if (!behind) {
      throw new ProblemException(missing);
    }
    return HttpResponse.problem(missing.about(request.path(), request.requestId())).withHeader(BEHIND_HEADER, "true");
  }

  /** A route this function does not answer. */
  protected static ProblemException noRoute(String queries, HttpRequest request) {
    return new ProblemException(Problem.notFound(null, "no " + queries + " query at " + request.routeKey()));
  }

  /**
   * SnapStart priming: asks each route as an owner of a tenant that does not exist, so that claims,
   * parameters, the read model's reads and JSON all run and nothing is written. A page of a stream
   * that does not exist answers the 404 it should.
   */
  protected final void prime(Route... routes) {
    Map<String, String> claims = Map.of("sub", PRIMING, Principal.TENANT_CLAIM, PRIMING, Principal.GROUPS_CLAIM,
        "[owner]");
    for (Route route : routes) {
      try {
        handle(new HttpRequest(route.key(), route.path(), route.pathParameters(), route.query(), Map.of(), null,
            PRIMING, claims));
      } catch (ProblemException e) {
        if (e.problem().status() != 404) {
          throw e;
        }
      }
    }
  }

  /** A request of priming: the route key, the path, its path parameters and query string. */
  public record Route(String key, String path, Map<String, String> pathParameters, Map<String, String> query) {
  }

  record Answer<T>(@JsonUnwrapped T answer, boolean behind) {
  }
}
