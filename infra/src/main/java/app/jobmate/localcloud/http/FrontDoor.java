package app.jobmate.localcloud.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The local cloud's Jetty handler. On the API connector: the local-only endpoints (sign-in, JWKS),
 * then the HTTP API. On the services connector: the AWS service endpoints, chosen by
 * {@code X-Amz-Target} as the JSON protocols address operations (DynamoDB, EventBridge).
 */
public final class FrontDoor extends Handler.Abstract {

  public static final String API_CONNECTOR = "api";
  public static final String SERVICES_CONNECTOR = "services";

  private final Function<HttpExchange.Request, Optional<HttpExchange.Response>> local;
  private volatile HttpApi api;
  private final Function<HttpExchange.Request, HttpExchange.Response> services;

  public FrontDoor(Function<HttpExchange.Request, Optional<HttpExchange.Response>> local,
      Function<HttpExchange.Request, HttpExchange.Response> services) {
    this.local = local;
    this.services = services;
  }

  /** The HTTP API is set once the functions exist (they need the endpoints this door serves). */
  public void serve(HttpApi api) {
    this.api = api;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String connector = request.getConnectionMetaData().getConnector().getName();
    long declaredLength = request.getLength();
    HttpExchange.Response answer;
    if (connector.equals(API_CONNECTOR) && declaredLength > HttpApi.MAX_PAYLOAD_BYTES) {
      answer = HttpExchange.Response.message(413, "Request Entity Too Large");
    } else {
      byte[] body;
      try (InputStream in = Content.Source.asInputStream(request)) {
        body = in.readNBytes(HttpApi.MAX_PAYLOAD_BYTES + 1);
      }
      HttpExchange.Request exchange = exchange(request, body);
      if (connector.equals(SERVICES_CONNECTOR)) {
        answer = services.apply(exchange);
      } else if (body.length > HttpApi.MAX_PAYLOAD_BYTES) {
        answer = HttpExchange.Response.message(413, "Request Entity Too Large");
      } else {
        HttpApi current = api;
        answer = local.apply(exchange).orElseGet(() -> current == null
            ? HttpExchange.Response.message(503, "Service Unavailable") : current.handle(exchange));
      }
    }
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
