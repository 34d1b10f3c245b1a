package app.jobmate.notifications.connections;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.List;

/**
 * The open WebSocket connections, found by the person or the role they belong to, always within
 * one tenant. A connection is forgotten when removed or when it {@linkplain Connection#expiresAt()
 * expires}. Removing is final: a connection removed before it was added (its {@code $disconnect}
 * overtook its {@code $connect}) is never added.
 */
public interface ConnectionRegistry {

  /** Records an open connection; adding the same connection again changes nothing. */
  void add(Connection connection);

  /** Forgets a connection everywhere; removing an unknown or removed one does nothing. */
  void remove(ConnectionId id);

  /** Every open connection of this user in this tenant. */
  List<Connection> ofUser(TenantId tenant, UserId user);

  /** Every open connection in this tenant of a user who has this role. */
  List<Connection> withRole(TenantId tenant, Role role);
}
