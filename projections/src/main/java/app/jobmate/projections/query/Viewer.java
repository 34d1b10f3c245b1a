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
