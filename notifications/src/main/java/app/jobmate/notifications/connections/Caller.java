package app.jobmate.notifications.connections;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.EnumSet;
import java.util.Set;

/** Who opens a connection, from a verified access token: the tenant and the roles always come from the token. */
public record Caller(TenantId tenantId, UserId userId, Set<Role> roles) {

  public Caller {
    if (tenantId == null || userId == null || roles == null) {
      throw new IllegalArgumentException("tenantId, userId and roles are required");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }
}
