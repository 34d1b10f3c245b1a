package app.jobmate.notifications.adapter.apigateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * A WebSocket API stage's management endpoint on a loopback port, as far as
 * {@code PostToConnection} goes: {@code POST /{stage}/@connections/{id}} records the body and
 * answers 200, 410 Gone (as API Gateway does, with {@code x-amzn-ErrorType: GoneException}) for
 * connections marked gone, and 500 for connections marked broken; {@code DELETE} (DeleteConnection)
 * marks the connection gone and answers 204, or 410 when it is gone already. Unsigned requests get 403.
 */
public final class FakeManagementApi implements AutoCloseable {

  private static final String STAGE = "/prod";
  private static final String CONNECTIONS = STAGE + "/@connections/";

  private final HttpServer server;
  private final Map<String, List<String>> received = new ConcurrentHashMap<>();
  private final List<String> attempts = new CopyOnWriteArrayList<>();
  private final Set<String> gone = ConcurrentHashMap.newKeySet();
  private final Set<String> broken = ConcurrentHashMap.newKeySet();

  private FakeManagementApi(HttpServer server) {
    this.server = server;
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public static FakeManagementApi start() {
    try {
      return new FakeManagementApi(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake management API", e);
    }
  }

  /** The stage's management endpoint, as {@code WEBSOCKET_ENDPOINT} names it. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + STAGE);
  }

  /** A client for {@link #endpoint()}, as the push function builds one. */
  public ApiGatewayManagementApiClient client() {
    return ApiGatewayManagementApiClient.builder()
        .endpointOverride(endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public void markGone(String connectionId) {
    gone.add(connectionId);
  }

  public void markBroken(String connectionId) {
    broken.add(connectionId);
  }

  public void markRepaired(String connectionId) {
    broken.remove(connectionId);
  }

  public List<String> received(String connectionId) {
    return List.copyOf(received.getOrDefault(connectionId, List.of()));
  }

  /** Every connection id a post was attempted to, in order, retries included. */
  public List<String> attempts() {
    return new ArrayList<>(attempts);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      if (!("POST".equals(method) || "DELETE".equals(method)) || !path.startsWith(CONNECTIONS)) {
        answer(exchange, 404, "NotFoundException", "{\"message\":\"Not Found\"}");
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ")) {
        answer(exchange, 403, "ForbiddenException", "{\"message\":\"Missing Authentication Token\"}");
        return;
      }
      String id = path.substring(CONNECTIONS.length());
      if ("DELETE".equals(method)) {
        if (broken.contains(id)) {
          answer(exchange, 500, "InternalServerErrorException", "{\"message\":\"Internal server error\"}");
        } else if (!gone.add(id)) {
          answer(exchange, 410, "GoneException", "{\"message\":null}");
        } else {
          exchange.sendResponseHeaders(204, -1);
        }
        return;
      }
      attempts.add(id);
      if (gone.contains(id)) {
        answer(exchange, 410, "GoneException", "{\"message\":null}");
      } else if (broken.contains(id)) {
        answer(exchange, 500, "InternalServerErrorException", "{\"message\":\"Internal server error\"}");
      } else {
        received.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(new String(body, StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(200, -1);
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String errorType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("content-type", "application/json");
    exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
