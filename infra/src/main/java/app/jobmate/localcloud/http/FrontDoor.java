package app.jobmate.localcloud.http;

import app.jobmate.localcloud.web.Dashboard;
import app.jobmate.localcloud.websocket.ConnectionsEndpoint;
import app.jobmate.localcloud.websocket.WebSocketGateway;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

/**
 * The local cloud's Jetty handler. On the API connector: the WebSocket API's handshake at
 * {@code /ws}, the local-only endpoints (sign-in, JWKS, the dashboard's {@code /config.json}), the
 * {@code @connections} management API, the HTTP API's routes and then the dashboard's files (API
 * routes win). On the services connector: the {@code @connections} API and the AWS JSON-protocol
 * services, chosen by {@code X-Amz-Target} (DynamoDB, EventBridge).
 */
public final class FrontDoor extends Handler.Abstract {

  public static final String API_CONNECTOR = "api";
  public static final String SERVICES_CONNECTOR = "services";

  /** What the API port serves besides the HTTP API, set once the template has been read. */
  private record Extras(Optional<WebSocketGateway> webSockets, Optional<ConnectionsEndpoint> connections, Dashboard dashboard) {
  }

  private final Function<HttpExchange.Request, Optional<HttpExchange.Response>> local;
  private final Function<HttpExchange.Request, HttpExchange.Response> services;
  private final ServerWebSocketContainer webSocketContainer;
  private final Consumer<String> log;
  private volatile HttpApi api;
  private volatile Extras extras = new Extras(Optional.empty(), Optional.empty(), null);

  public FrontDoor(Function<HttpExchange.Request, Optional<HttpExchange.Response>> local,
      Function<HttpExchange.Request, HttpExchange.Response> services, ServerWebSocketContainer webSocketContainer,
      Consumer<String> log) {
    this.local = local;
    this.services = services;
    this.webSocketContainer = webSocketContainer;
    this.log = log;
  }

  /** The HTTP API, WebSocket API and dashboard are set once the functions exist (they need the endpoints this door serves). */
  public void serve(HttpApi httpApi, Optional<WebSocketGateway> webSockets, Dashboard dashboard) {
    this.extras = new Extras(webSockets, webSockets.map(ConnectionsEndpoint::new), dashboard);
    this.api = httpApi;
  }

  /** Whatever fails in here is the local cloud's fault: a 500 problem for the client, the stack trace for the log. */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    try {
      return answer(request, response, callback);
    } catch (Exception e) {
      String requestId = UUID.randomUUID().toString();
      String path = request.getHttpURI().getPath();
      log.accept("HTTP: " + request.getMethod() + " " + path + " failed (requestId " + requestId + "):\n"
          + ProblemErrorHandler.stackTrace(e));
      if (response.isCommitted()) {
        callback.failed(e);
        return true;
      }
      response.reset();
      return send(response, callback, HttpExchange.Response.problem(ProblemErrorHandler.internal(500, path, requestId)));
    }
  }

  private boolean answer(Request request, Response response, Callback callback) throws Exception {
    String connector = request.getConnectionMetaData().getConnector().getName();
    Extras current = extras;
    if (connector.equals(API_CONNECTOR) && current.webSockets().isPresent()
        && current.webSockets().get().serves(request.getHttpURI().getPath())) {
      if (webSocketContainer.upgrade(current.webSockets().get()::accept, request, response, callback)) {
        return true;
      }
      return send(response, callback, HttpExchange.Response.problem(ProblemErrorHandler.forStatus(426,
          "this address takes WebSocket handshakes (Upgrade: websocket) only")));
    }
    if (connector.equals(API_CONNECTOR) && request.getLength() > HttpApi.MAX_PAYLOAD_BYTES) {
      return send(response, callback, HttpExchange.Response.message(413, "Request Entity Too Large"));
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(HttpApi.MAX_PAYLOAD_BYTES + 1);
    }
    HttpExchange.Request exchange = exchange(request, body);
    if (connector.equals(SERVICES_CONNECTOR)) {
      return send(response, callback, current.connections().flatMap(c -> c.handle(exchange)).orElseGet(() -> services.apply(exchange)));
    }
    if (body.length > HttpApi.MAX_PAYLOAD_BYTES) {
      return send(response, callback, HttpExchange.Response.message(413, "Request Entity Too Large"));
    }
    HttpApi httpApi = api;
    if (httpApi == null) {
      return send(response, callback, local.apply(exchange).orElseGet(() -> HttpExchange.Response.problem(
          ProblemErrorHandler.forStatus(503, "the local cloud is still starting; try again in a moment"))));
    }
    HttpExchange.Response answer = local.apply(exchange)
        .or(() -> current.dashboard().config(exchange))
        .or(() -> current.dashboard().apiDocument(exchange))
        .or(() -> current.dashboard().navigation(exchange))
        .or(() -> current.connections().flatMap(c -> c.handle(exchange)))
        .or(() -> httpApi.route(exchange))
        .or(() -> current.dashboard().page(exchange))
        .orElseGet(() -> httpApi.handle(exchange)); // API Gateway's 404, with CORS headers
    return send(response, callback, answer);
  }

  private static boolean send(Response response, Callback callback, HttpExchange.Response answer) {
    response.setStatus(answer.status());
    answer.headers().forEach((name, values) -> values.forEach(value -> response.getHeaders().add(name, value)));
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  private static HttpExchange.Request exchange(Request request, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(field.getValue());
    }
    String path = request.getHttpURI().getPath();
    return new HttpExchange.Request(request.getMethod(), path == null || path.isEmpty() ? "/" : path,
        request.getHttpURI().getQuery(), headers, body, Request.getRemoteAddr(request),
        request.getConnectionMetaData().getProtocol());
  }
}
