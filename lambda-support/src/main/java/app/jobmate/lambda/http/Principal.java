package app.jobmate.lambda.http;

import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the claims of the token the API's JWT authorizer verified (docs/architecture.md, "Identity, tenants, roles"):
 * {@code sub}, {@code custom:tenant_id} and {@code cognito:groups}. The tenant always comes from
 * here, never from a path or a body.
 */
public record Principal(TenantId tenantId, UserId userId, Set<Role> roles) {

  public static final String TENANT_CLAIM = "custom:tenant_id";
  public static final String GROUPS_CLAIM = "cognito:groups";

  public Principal {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * The principal of verified claims. HTTP APIs pass every claim as a string, arrays flattened to
   * {@code [owner admin]}; a JSON array or a comma-separated list is read too.
   *
   * @throws ProblemException 401 when the token lacks the user or the tenant
   */
  public static Principal fromClaims(Map<String, String> claims) {
    String sub = claims.get("sub");
    String tenant = claims.get(TENANT_CLAIM);
    if (sub == null || sub.isBlank() || tenant == null || tenant.isBlank()) {
      throw new ProblemException(Problem.unauthorized("the token names no user or no tenant"));
    }
    try {
      return new Principal(TenantId.of(tenant), UserId.of(sub), parseGroups(claims.get(GROUPS_CLAIM)));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.unauthorized("the token's user or tenant is malformed"));
    }
  }

  static Set<Role> parseGroups(String groups) {
    if (groups == null || groups.isBlank()) {
      return Set.of();
    }
    String inner = groups.strip();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    return Arrays.stream(inner.split("[\\s,]+"))
        .map(g -> g.replace("\"", "").strip())
        .flatMap(g -> Role.find(g).stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public boolean hasAny(Role... anyOf) {
    return Arrays.stream(anyOf).anyMatch(roles::contains);
  }

  /** @throws ProblemException 403 unless the principal has one of the roles */
  public void requireAny(String action, Role... anyOf) {
    if (!hasAny(anyOf)) {
      throw new ProblemException(Problem.forbidden("only " + Arrays.stream(anyOf).map(Role::wireName)
          .collect(Collectors.joining(" or ")) + " may " + action));
    }
  }

  public Actor actor() {
    return new Actor(userId, List.copyOf(EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles)));
  }
}
