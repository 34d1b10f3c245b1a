package app.jobmate.localcloud.websocket;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API Gateway Management API of the WebSocket API ({@code execute-api} {@code @connections}), as
 * the SDK's {@code ApiGatewayManagementApiClient} calls it: {@code POST} (PostToConnection, the body
 * is the data), {@code GET} (GetConnection) and {@code DELETE} (DeleteConnection) on
 * {@code /<stage>/@connections/<connectionId>} or {@code /@connections/<connectionId>}. A closed or
 * unknown connection is 410 {@code GoneException}, data over 128 KB is 413 {@code PayloadTooLargeException},
 * with the error type in {@code x-amzn-ErrorType} as the REST-JSON protocol has it. Requests are not
 * signature-checked.
 */
public final class ConnectionsEndpoint {

  private static final Pattern PATH = Pattern.compile("^(?:/([^/]+))?/@connections/([^/]+)$");

  private final WebSocketGateway gateway;

  public ConnectionsEndpoint(WebSocketGateway gateway) {
    this.gateway = gateway;
  }

  /** The management API's answer, or empty when the path is not an {@code @connections} path. */
  public Optional<HttpExchange.Response> handle(HttpExchange.Request request) {
    Matcher matcher = PATH.matcher(request.rawPath());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String stage = matcher.group(1);
    if (stage != null && !stage.equals(gateway.api().stage())) {
      return Optional.of(error(403, "ForbiddenException", "Forbidden"));
    }
    String connectionId = URLDecoder.decode(matcher.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
    return Optional.of(switch (request.method()) {
      case "POST" -> post(connectionId, request.body());
      case "GET" -> gateway.status(connectionId).map(status -> {
        ObjectNode answer = Json.object().put("connectedAt", status.connectedAt().toString())
            .put("lastActiveAt", status.lastActiveAt().toString());
        answer.putObject("identity").put("sourceIp", status.sourceIp()).put("userAgent", status.userAgent());
        return withRequestId(HttpExchange.Response.json(200, Json.text(answer)));
      }).orElseGet(ConnectionsEndpoint::gone);
      case "DELETE" -> gateway.delete(connectionId)
          ? withRequestId(new HttpExchange.Response(204, new LinkedHashMap<>(), new byte[0])) : gone();
      default -> HttpExchange.Response.message(404, "Not Found");
    });
  }

  private HttpExchange.Response post(String connectionId, byte[] data) {
    if (data.length > WebSocketGateway.MAX_MESSAGE_BYTES) {
      return error(413, "PayloadTooLargeException", "The data has exceeded the maximum size allowed.");
    }
    return gateway.post(connectionId, data) ? withRequestId(new HttpExchange.Response(200, new LinkedHashMap<>(), new byte[0])) : gone();
  }

  private static HttpExchange.Response gone() {
    return error(410, "GoneException", null);
  }

  private static HttpExchange.Response error(int status, String type, String message) {
    return withRequestId(HttpExchange.Response.json(status, Json.text(Json.object().put("message", message))))
        .withHeader("x-amzn-ErrorType", type);
  }

  private static HttpExchange.Response withRequestId(HttpExchange.Response response) {
    return response.withHeader("x-amzn-RequestId", UUID.randomUUID().toString());
  }
}
