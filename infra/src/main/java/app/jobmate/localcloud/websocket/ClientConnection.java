package app.jobmate.localcloud.websocket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** One client's WebSocket connection: Jetty's listener for it (public, as Jetty requires), what API Gateway knows of it, and the way to reach it. */
public final class ClientConnection implements Session.Listener.AutoDemanding {

  private final ConnectionInfo info;
  private final ObjectNode authorizer;
  private final WebSocketGateway gateway;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Session session;
  private volatile Instant lastActiveAt;
  private volatile ScheduledFuture<?> lifetime;

  ClientConnection(ConnectionInfo info, ObjectNode authorizer, WebSocketGateway gateway) {
    this.info = info;
    this.authorizer = authorizer;
    this.gateway = gateway;
    this.lastActiveAt = info.connectedAt();
  }

  ConnectionInfo info() {
    return info;
  }

  /** {@code requestContext.authorizer} of every event of this connection, or null without an authorizer. */
  ObjectNode authorizer() {
    return authorizer;
  }

  Instant lastActiveAt() {
    return lastActiveAt;
  }

  void lifetime(ScheduledFuture<?> limit) {
    this.lifetime = limit;
  }

  boolean isOpen() {
    Session current = session;
    return current != null && current.isOpen() && !closed.get();
  }

  @Override
  public void onWebSocketOpen(Session opened) {
    this.session = opened;
    gateway.opened(this);
  }

  @Override
  public void onWebSocketText(String text) {
    lastActiveAt = Instant.now();
    gateway.received(this, text, false);
  }

  @Override
  public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
    lastActiveAt = Instant.now();
    byte[] bytes = new byte[payload.remaining()];
    payload.get(bytes);
    callback.succeed();
    gateway.received(this, Base64.getEncoder().encodeToString(bytes), true);
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    if (closed.compareAndSet(false, true)) {
      ScheduledFuture<?> limit = lifetime;
      if (limit != null) {
        limit.cancel(false);
      }
      gateway.closed(this, statusCode, reason);
    }
  }

  @Override
  public void onWebSocketError(Throwable cause) {
    gateway.failed(this, cause);
  }

  /** Sends data as API Gateway does: as a text frame when it is UTF-8, else as a binary frame. */
  CompletableFuture<Void> send(byte[] data) {
    Session current = session;
    Callback.Completable sent = new Callback.Completable();
    if (current == null || !isOpen()) {
      sent.completeExceptionally(new IllegalStateException("connection " + info.connectionId() + " is closed"));
      return sent;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
      current.sendText(text, sent);
    } catch (CharacterCodingException e) {
      current.sendBinary(ByteBuffer.wrap(data), sent);
    }
    return sent;
  }

  CompletableFuture<Void> send(String text) {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  void close(int statusCode, String reason) {
    Session current = session;
    if (current != null) {
      current.close(statusCode, reason, Callback.NOOP);
    }
  }
}
