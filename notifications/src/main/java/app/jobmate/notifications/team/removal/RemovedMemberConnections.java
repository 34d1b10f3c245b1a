package app.jobmate.notifications.team.removal;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.push.Connections;
import java.util.List;

/**
 * On {@code MemberRemoved}: every open WebSocket connection of the member in that business is
 * closed ({@code DeleteConnection}) and forgotten by the registry, so that nothing more is pushed to
 * them; their next connection is refused by the {@code $connect} authorizer ({@link RemovedMembers}).
 * Closing again what is closed is harmless, so a redelivered event does no harm; a connection that
 * cannot be closed now fails the whole event, to be tried again.
 */
public final class RemovedMemberConnections {

  private final ConnectionRegistry registry;
  private final Connections connections;

  public RemovedMemberConnections(ConnectionRegistry registry, Connections connections) {
    this.registry = registry;
    this.connections = connections;
  }

  /** @return how many connections were closed */
  public int closeAll(TenantId tenant, UserId member) {
    List<Connection> open = registry.ofUser(tenant, member);
    for (Connection connection : open) {
      connections.disconnect(connection.id());
      registry.remove(connection.id());
    }
    return open.size();
  }
}
