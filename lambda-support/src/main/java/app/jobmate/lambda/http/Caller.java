package app.jobmate.lambda.http;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import java.util.Map;

/**
 * Who calls a route that programs may call as well as people: the reports and the exports. Those
 * routes sit behind the reports' Lambda authorizer, which verified the token and says in its
 * context which kind of caller it found: a member of a team (a person's token, read as a
 * {@link Principal}), or an API client of a business (a program's token of the client-credentials
 * grant, whose tenant the authorizer found in the API clients directory, and which it refuses once
 * revoked). The tenant always comes from the authorizer, never from the request.
 */
public sealed interface Caller {

  /** The context key the reports' authorizer sets to {@link #API_CLIENT} for a program. */
  String KIND_CLAIM = "jobmate:caller";
  String API_CLIENT = "api-client";
  String CLIENT_ID_CLAIM = "client_id";

  TenantId tenantId();

  record Member(Principal principal) implements Caller {
    @Override
    public TenantId tenantId() {
      return principal.tenantId();
    }
  }

  record ApiClient(TenantId tenantId, ApiClientId clientId) implements Caller {
  }

  /**
   * The caller the authorizer's context names.
   *
   * @throws ProblemException 401 when it names no user, or no API client, and tenant
   */
  static Caller fromClaims(Map<String, String> claims) {
    if (!API_CLIENT.equals(claims.get(KIND_CLAIM))) {
      return new Member(Principal.fromClaims(claims));
    }
    try {
      return new ApiClient(TenantId.of(claims.getOrDefault(Principal.TENANT_CLAIM, "")),
          ApiClientId.of(claims.getOrDefault(CLIENT_ID_CLAIM, "")));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.unauthorized("the token's client or tenant is malformed"));
    }
  }

  /** The caller as a claims map, as the reports' authorizer gives it for an API client. */
  static Map<String, String> claimsOf(ApiClient client) {
    return Map.of(KIND_CLAIM, API_CLIENT, CLIENT_ID_CLAIM, client.clientId().value(),
        Principal.TENANT_CLAIM, client.tenantId().value());
  }
}
