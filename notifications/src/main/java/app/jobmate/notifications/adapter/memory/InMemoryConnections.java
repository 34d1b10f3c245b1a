package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Connections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connections in memory: what was sent to each, for tests. A connection is open unless closed
 * ({@link #close}: sends answer GONE) or broken ({@link #breakDown}: sends fail).
 */
public final class InMemoryConnections implements Connections {

  private final Map<ConnectionId, List<String>> received = new LinkedHashMap<>();
  private final Set<ConnectionId> closed = new HashSet<>();
  private final Set<ConnectionId> broken = new HashSet<>();
  private final List<ConnectionId> disconnected = new ArrayList<>();

  @Override
  public synchronized Delivery send(ConnectionId connection, String message) {
    if (closed.contains(connection)) {
      return Delivery.GONE;
    }
    if (broken.contains(connection)) {
      throw new IllegalStateException("connection " + connection + " cannot be reached");
    }
    received.computeIfAbsent(connection, c -> new ArrayList<>()).add(message);
    return Delivery.SENT;
  }

  @Override
  public synchronized void disconnect(ConnectionId connection) {
    if (broken.contains(connection)) {
      throw new IllegalStateException("connection " + connection + " cannot be reached");
    }
    closed.add(connection);
    disconnected.add(connection);
  }

  /** The connections closed from the server's side ({@link #disconnect}), in order. */
  public synchronized List<ConnectionId> disconnected() {
    return List.copyOf(disconnected);
  }

  /** The client went away: sends to it are GONE from now on. */
  public synchronized void close(ConnectionId connection) {
    closed.add(connection);
  }

  /** Sends to it fail from now on (until {@link #repair}). */
  public synchronized void breakDown(ConnectionId connection) {
    broken.add(connection);
  }

  public synchronized void repair(ConnectionId connection) {
    broken.remove(connection);
  }

  /** What the connection was sent, in order. */
  public synchronized List<String> received(ConnectionId connection) {
    return List.copyOf(received.getOrDefault(connection, List.of()));
  }
}
