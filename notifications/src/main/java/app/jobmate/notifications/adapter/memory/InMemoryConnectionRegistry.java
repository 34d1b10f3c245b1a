package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The connection registry in memory, for tests and the benchmark harness. */
public final class InMemoryConnectionRegistry implements ConnectionRegistry {

  private final Clock clock;
  private final Map<ConnectionId, Connection> open = new LinkedHashMap<>();
  private final Set<ConnectionId> removed = new HashSet<>();

  public InMemoryConnectionRegistry() {
    this(Clock.systemUTC());
  }

  public InMemoryConnectionRegistry(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void add(Connection connection) {
    if (!removed.contains(connection.id())) {
      open.putIfAbsent(connection.id(), connection);
    }
  }

  @Override
  public synchronized void remove(ConnectionId id) {
    removed.add(id);
    open.remove(id);
  }

  @Override
  public List<Connection> ofUser(TenantId tenant, UserId user) {
    return find(c -> c.tenantId().equals(tenant) && c.userId().equals(user));
  }

  @Override
  public List<Connection> withRole(TenantId tenant, Role role) {
    return find(c -> c.tenantId().equals(tenant) && c.roles().contains(role));
  }

  private synchronized List<Connection> find(Predicate<Connection> matching) {
    return open.values().stream().filter(c -> c.expiresAt().isAfter(clock.instant())).filter(matching).toList();
  }
}
