package app.jobmate.notifications.push;

import app.jobmate.notifications.connections.ConnectionId;

/** Sends to open WebSocket connections (API Gateway's {@code PostToConnection}). */
public interface Connections {

  /**
   * Sends {@code message} to the connection.
   *
   * @return {@link Delivery#SENT}, or {@link Delivery#GONE} when the connection is closed (410 Gone)
   * @throws RuntimeException when it could not be sent now: it may be sent again later
   */
  Delivery send(ConnectionId connection, String message);

  enum Delivery {
    SENT,
    /** The client has gone: nothing can ever be sent to this connection again. */
    GONE
  }
}
