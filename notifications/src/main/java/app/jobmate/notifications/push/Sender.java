package app.jobmate.notifications.push;

import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends messages to connections for the flush and the morning reminders: a connection that has
 * gone (410) is forgotten, and one that fails does not stop the others.
 */
public final class Sender {

  private final Connections connections;
  private final ConnectionRegistry registry;

  public Sender(Connections connections, ConnectionRegistry registry) {
    this.connections = connections;
    this.registry = registry;
  }

  /**
   * Sends each message to its connection.
   *
   * @throws RuntimeException after every send was tried, when one or more failed (the first, with
   *                          the others suppressed): the caller's work is retried, and those
   *                          already sent may get the same message again
   */
  public void sendAll(Map<ConnectionId, String> outgoing) {
    RuntimeException failure = null;
    for (RuntimeException e : trySendAll(outgoing).values()) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Sends each message to its connection; answers the connections a send failed for, and why. */
  public Map<ConnectionId, RuntimeException> trySendAll(Map<ConnectionId, String> outgoing) {
    Map<ConnectionId, RuntimeException> failed = new LinkedHashMap<>();
    for (Map.Entry<ConnectionId, String> send : outgoing.entrySet()) {
      try {
        if (connections.send(send.getKey(), send.getValue()) == Connections.Delivery.GONE) {
          registry.remove(send.getKey());
        }
      } catch (RuntimeException e) {
        failed.put(send.getKey(), e);
      }
    }
    return failed;
  }
}
