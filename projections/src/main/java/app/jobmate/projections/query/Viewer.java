package app.jobmate.projections.query;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who asks a query: a user of one tenant, with their roles, as the verified token says. */
public record Viewer(TenantId tenantId, UserId userId, Set<Role> roles) {

  public Viewer {
    if (tenantId == null || userId == null || roles == null) {
      throw new IllegalArgumentException("tenantId, userId and roles are required");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** How an API client's user id reads: never a person's (theirs are Cognito subs). */
  public static final String API_CLIENT_PREFIX = "api-client:";

  /**
   * An API client (a program with read-only access to the reports) as a viewer: it reads the routes
   * open to programs as an admin would, the business's figures and no more; its user id names the
   * client ({@code api-client:<clientId>}) for the log and the audit.
   */
  public static Viewer ofApiClient(TenantId tenantId, String clientId) {
    return new Viewer(tenantId, UserId.of(API_CLIENT_PREFIX + clientId), Set.of(Role.ADMIN));
  }

  public boolean isApiClient() {
    return userId.value().startsWith(API_CLIENT_PREFIX);
  }

  public boolean hasAny(Role... anyOf) {
    return Arrays.stream(anyOf).anyMatch(roles::contains);
  }

  /** @throws NotAllowed unless the viewer has one of the roles */
  public void requireAny(String action, Role... anyOf) {
    if (!hasAny(anyOf)) {
      throw new NotAllowed("only " + Arrays.stream(anyOf).map(Role::wireName).collect(Collectors.joining(" or "))
          + " may " + action);
    }
  }
}
