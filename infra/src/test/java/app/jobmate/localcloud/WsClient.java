package app.jobmate.localcloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A real WebSocket client (the JDK's) that collects what the server sends, for the tests. */
public final class WsClient implements WebSocket.Listener, AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private WsClient() {
  }

  public static WsClient connect(URI uri, Map<String, String> headers) {
    WsClient client = new WsClient();
    WebSocket.Builder builder = HTTP.newWebSocketBuilder();
    headers.forEach(builder::header);
    try {
      client.socket = builder.buildAsync(uri, client).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      return client;
    } catch (ExecutionException e) {
      throw new IllegalStateException("handshake with " + uri + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  public static WsClient connect(URI uri) {
    return connect(uri, Map.of());
  }

  /** The HTTP status of a refused handshake. */
  public static int refusal(URI uri, Map<String, String> headers) {
    WebSocket.Builder builder = HTTP.newWebSocketBuilder();
    headers.forEach(builder::header);
    try {
      WebSocket accepted = builder.buildAsync(uri, new WsClient()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      accepted.abort();
      throw new AssertionError("the handshake with " + uri + " was accepted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WebSocketHandshakeException refused) {
        return refused.getResponse().statusCode();
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  public void ping() {
    socket.sendPing(ByteBuffer.wrap(new byte[] {1})).join();
  }

  /** The next message the server sent, waiting for it. */
  public String next() {
    try {
      String message = messages.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      if (message == null) {
        throw new AssertionError("no message within " + PATIENCE);
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public List<String> received() {
    return List.copyOf(messages);
  }

  /** The close status the server sent, waiting for it. */
  public int closeStatus() {
    try {
      return closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("the connection was not closed within " + PATIENCE, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean isClosed() {
    return closed.isDone();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(Long.MAX_VALUE);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  /** Closes from the client side (status 1000) and waits for the server's answer. */
  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
    closeStatus();
  }
}
