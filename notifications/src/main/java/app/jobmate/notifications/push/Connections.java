package app.jobmate.notifications.push;

import app.jobmate.notifications.connections.ConnectionId;

/**
 * Sends to open WebSocket connections (API Gateway's {@code PostToConnection}) and closes them
 * ({@code DeleteConnection}).
 */
public interface Connections {

  /**
   * Sends {@code message} to the connection.
   *
   * @return {@link Delivery#SENT}, or {@link Delivery#GONE} when the connection is closed (410 Gone)
   * @throws RuntimeException when it could not be sent now: it may be sent again later
   */
  Delivery send(ConnectionId connection, String message);

  /**
   * Closes the connection from the server's side: the client is disconnected and nothing can be sent
   * to it again. A connection already closed is fine.
   *
   * @throws RuntimeException when it could not be closed now: it may be tried again later
   */
  void disconnect(ConnectionId connection);

  enum Delivery {
    SENT,
    /** The client has gone: nothing can ever be sent to this connection again. */
    GONE
  }
}
