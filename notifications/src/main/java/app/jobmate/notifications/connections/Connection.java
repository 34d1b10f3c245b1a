package app.jobmate.notifications.connections;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** An open WebSocket connection of a signed-in user of one tenant, with the roles the token gave them. */
public record Connection(ConnectionId id, TenantId tenantId, UserId userId, Set<Role> roles, Instant connectedAt) {

  /** API Gateway closes every WebSocket connection after 2 hours (its quota "connection duration"). */
  public static final Duration MAX_DURATION = Duration.ofHours(2);
  /** Kept a little longer than that, so that a registry never forgets a connection that may still be open. */
  public static final Duration EXPIRY_MARGIN = Duration.ofMinutes(15);

  public Connection {
    if (id == null || tenantId == null || userId == null || roles == null || connectedAt == null) {
      throw new IllegalArgumentException("id, tenantId, userId, roles and connectedAt are required");
    }
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Connection of(ConnectionId id, Caller caller, Instant connectedAt) {
    return new Connection(id, caller.tenantId(), caller.userId(), caller.roles(), connectedAt);
  }

  /** When a registry may forget this connection: it cannot be open any more. */
  public Instant expiresAt() {
    return connectedAt.plus(MAX_DURATION).plus(EXPIRY_MARGIN);
  }

  public boolean hasAny(Role... anyOf) {
    return Arrays.stream(anyOf).anyMatch(roles::contains);
  }
}
