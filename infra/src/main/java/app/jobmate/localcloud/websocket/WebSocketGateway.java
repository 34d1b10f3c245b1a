package app.jobmate.localcloud.websocket;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.authorizer.AuthorizerDecision;
import app.jobmate.localcloud.authorizer.LambdaAuthorizer;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.exceptions.WebSocketTimeoutException;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;

/**
 * The template's WebSocket API at {@code /ws} (and {@code /ws/<stage>}) of the API port, behaving as
 * API Gateway does: the {@code $connect} authorizer and route decide the handshake; each message is
 * routed by the route selection expression (else {@code $default}, else a {@code Forbidden} error
 * frame) to its function, whose response body is sent back (locally for every route: in AWS only
 * for routes with a route response); {@code $disconnect} runs when the connection ends, best
 * effort; connections close after the idle timeout and the maximum connection duration. Also what
 * the {@code @connections} management API does to a connection.
 */
public final class WebSocketGateway implements AutoCloseable {

  /** API Gateway's idle timeout and maximum connection duration (10 minutes and 2 hours); tests use shorter ones. */
  public record Limits(Duration idleTimeout, Duration maxLifetime) {
    public static final Limits AWS = new Limits(Duration.ofMinutes(10), Duration.ofHours(2));
  }

  /** What {@code GetConnection} tells of a connection. */
  public record Status(Instant connectedAt, Instant lastActiveAt, String sourceIp, String userAgent) {
  }

  public static final String PATH = "/ws";
  /** API Gateway's quotas: 128 KB a message (and a PostToConnection), 32 KB a frame. */
  public static final int MAX_MESSAGE_BYTES = 128 * 1024;
  public static final int MAX_FRAME_BYTES = 32 * 1024;
  /** API Gateway's integration timeout. */
  private static final Duration INTEGRATION_TIMEOUT = Duration.ofSeconds(29);
  /** WebSocket close status "going away", which API Gateway uses when it ends a connection. */
  private static final int GOING_AWAY = 1001;

  private final WebSocketApiSpec api;
  private final Limits limits;
  private final Consumer<String> log;
  private final Map<String, ClientConnection> open = new ConcurrentHashMap<>();
  private volatile boolean closing;
  private final ExecutorService work = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ws-", 0).factory());
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "ws-lifetime");
    thread.setDaemon(true);
    return thread;
  });

  public WebSocketGateway(WebSocketApiSpec api, Limits limits, Consumer<String> log) {
    this.api = api;
    this.limits = limits;
    this.log = log;
  }

  public WebSocketApiSpec api() {
    return api;
  }

  public Limits limits() {
    return limits;
  }

  public boolean serves(String path) {
    return path.equals(PATH) || path.equals(PATH + "/") || path.equals(PATH + "/" + api.stage());
  }

  /**
   * Jetty's {@code WebSocketCreator}: runs the authorizer and the {@code $connect} route, and either
   * answers the handshake with their refusal (returning null) or returns the new connection.
   */
  public Object accept(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
    if (closing) {
      return refuse(response, callback, 503, "Service Unavailable");
    }
    Instant now = Instant.now();
    ConnectionInfo info = info(request, now);
    ObjectNode authorizerContext = null;
    if (api.authorizer().isPresent()) {
      LambdaAuthorizer authorizer = api.authorizer().get();
      Optional<List<String>> identity = authorizer.identity(info.headers(), info.query());
      if (identity.isEmpty()) {
        return refuse(response, callback, 401, "Unauthorized"); // API Gateway does not invoke the authorizer
      }
      long started = System.nanoTime();
      AuthorizerDecision decision = authorizer.authorize(identity.get(),
          WebSocketEvents.authorizerRequest(info, api.stageVariables(), WebSocketEvents.newId(), now), WebSocketEvents.connectMethodArn(info), now);
      switch (decision) {
        case AuthorizerDecision.Refused refused -> {
          return refuse(response, callback, refused.status(), refused.message());
        }
        case AuthorizerDecision.Allowed allowed -> authorizerContext = WebSocketEvents.authorizerContext(allowed.principalId(),
            allowed.context(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
    }
    LambdaFunction connect = api.routes().get(WebSocketApiSpec.CONNECT);
    if (connect != null) {
      int status;
      try {
        status = connectStatus(connect.invoke(Json.bytes(WebSocketEvents.connect(info, authorizerContext, WebSocketEvents.newId(), now)),
            INTEGRATION_TIMEOUT));
      } catch (FunctionError error) {
        status = 500;
      }
      if (status < 200 || status > 299) {
        return refuse(response, callback, status, status == 500 ? "Internal server error" : "Forbidden");
      }
    }
    return new ClientConnection(info, authorizerContext, this);
  }

  private static Object refuse(ServerUpgradeResponse response, Callback callback, int status, String message) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(Json.text(Json.object().put("message", message)).getBytes(StandardCharsets.UTF_8)), callback);
    return null;
  }

  private ConnectionInfo info(ServerUpgradeRequest request, Instant now) {
    String sourceIp = Request.getRemoteAddr(request);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
    }
    // the headers API Gateway adds before the request reaches the authorizer and $connect
    headers.put("X-Amzn-Trace-Id", List.of("Root=1-" + Long.toHexString(now.getEpochSecond()) + "-" + randomHex(12)));
    headers.put("X-Forwarded-For", List.of(sourceIp));
    headers.put("X-Forwarded-Port", List.of(Integer.toString(Request.getLocalPort(request))));
    headers.put("X-Forwarded-Proto", List.of(request.isSecure() ? "https" : "http"));
    String host = request.getHeaders().get(HttpHeader.HOST);
    return new ConnectionInfo(WebSocketEvents.newId(), api.apiId(), api.stage(), host != null ? host : request.getHttpURI().getAuthority(),
        sourceIp, Optional.ofNullable(request.getHeaders().get(HttpHeader.USER_AGENT)).orElse(""), now, headers,
        HttpExchange.parseQuery(request.getHttpURI().getQuery()));
  }

  void opened(ClientConnection connection) {
    if (closing) {
      connection.close(GOING_AWAY, "Going away");
      return;
    }
    open.put(connection.info().connectionId(), connection);
    connection.lifetime(timers.schedule(() -> connection.close(GOING_AWAY, "Going away"),
        limits.maxLifetime().toMillis(), TimeUnit.MILLISECONDS));
  }

  void received(ClientConnection connection, String body, boolean base64) {
    submit(() -> route(connection, body, base64));
  }

  private void route(ClientConnection connection, String body, boolean base64) {
    Instant now = Instant.now();
    String requestId = WebSocketEvents.newId();
    String routeKey = base64 ? WebSocketApiSpec.DEFAULT : api.routeKeyFor(body);
    LambdaFunction function = api.routes().get(routeKey);
    if (function == null) {
      connection.send(WebSocketEvents.errorFrame("Forbidden", connection.info().connectionId(), requestId));
      return;
    }
    ObjectNode event = WebSocketEvents.message(connection.info(), connection.authorizer(), routeKey, body, base64,
        WebSocketEvents.newId(), requestId, now);
    try {
      reply(function.invoke(Json.bytes(event), INTEGRATION_TIMEOUT)).ifPresent(connection::send);
    } catch (FunctionError error) {
      connection.send(WebSocketEvents.errorFrame("Internal server error", connection.info().connectionId(), requestId));
    }
  }

  void closed(ClientConnection connection, int statusCode, String reason) {
    open.remove(connection.info().connectionId());
    LambdaFunction disconnect = api.routes().get(WebSocketApiSpec.DISCONNECT);
    if (disconnect == null) {
      return;
    }
    submit(() -> {
      ObjectNode event = WebSocketEvents.disconnect(connection.info(), connection.authorizer(), statusCode, reason,
          WebSocketEvents.newId(), Instant.now());
      try {
        disconnect.invoke(Json.bytes(event), INTEGRATION_TIMEOUT);
      } catch (FunctionError error) {
        log.accept("[" + api.logicalId() + "] $disconnect of " + connection.info().connectionId() + " failed: " + error.getMessage());
      }
    });
  }

  void failed(ClientConnection connection, Throwable cause) {
    if (!(cause instanceof WebSocketTimeoutException)) { // an idle timeout simply closes the connection
      log.accept("[" + api.logicalId() + "] connection " + connection.info().connectionId() + ": " + cause);
    }
  }

  private void submit(Runnable task) {
    try {
      work.execute(task);
    } catch (RejectedExecutionException e) {
      log.accept("[" + api.logicalId() + "] the local cloud is stopping; dropped " + task);
    }
  }

  /** PostToConnection: false when the connection is gone (closed, unknown, or still in {@code $connect}). */
  public boolean post(String connectionId, byte[] data) {
    ClientConnection connection = open.get(connectionId);
    if (connection == null || !connection.isOpen()) {
      return false;
    }
    try {
      connection.send(data).get(10, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public Optional<Status> status(String connectionId) {
    return Optional.ofNullable(open.get(connectionId)).filter(ClientConnection::isOpen).map(c -> new Status(
        c.info().connectedAt(), c.lastActiveAt(), c.info().sourceIp(), c.info().userAgent()));
  }

  /** DeleteConnection: closes the connection ({@code $disconnect} follows); false when it is gone. */
  public boolean delete(String connectionId) {
    ClientConnection connection = open.get(connectionId);
    if (connection == null || !connection.isOpen()) {
      return false;
    }
    connection.close(1000, "");
    return true;
  }

  public int openConnections() {
    return open.size();
  }

  /** A $connect result without a statusCode counts as 200, as a bare result does for HTTP APIs. */
  static int connectStatus(byte[] result) {
    JsonNode node = parseOrNull(result);
    if (node == null) {
      return 500;
    }
    return node.isObject() && node.has("statusCode") ? node.path("statusCode").asInt(500) : 200;
  }

  /** What goes back to the client: a proxy response's body, or any other non-null result as it is. */
  static Optional<String> reply(byte[] result) {
    JsonNode node = parseOrNull(result);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isObject() && node.has("statusCode")) {
      JsonNode body = node.get("body");
      return body == null || body.isNull() ? Optional.empty() : Optional.of(body.asText());
    }
    return Optional.of(node.isTextual() ? node.asText() : Json.text(node));
  }

  private static JsonNode parseOrNull(byte[] result) {
    try {
      return Json.parse(result);
    } catch (RuntimeException e) {
      return null; // not JSON: API Gateway treats it as an integration failure
    }
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** Closes every connection as going away, lets their {@code $disconnect} run, then stops (before the functions stop). */
  @Override
  public void close() {
    closing = true;
    open.values().forEach(c -> c.close(GOING_AWAY, "Going away"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    timers.shutdownNow();
    try {
      while (!open.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10); // clients answer the close frame, then $disconnect is submitted
      }
      work.shutdown();
      if (!work.awaitTermination(INTEGRATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        log.accept("[" + api.logicalId() + "] WebSocket invocations still running at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
