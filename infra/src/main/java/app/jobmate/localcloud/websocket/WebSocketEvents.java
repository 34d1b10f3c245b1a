package app.jobmate.localcloud.websocket;

import static app.jobmate.localcloud.template.Intrinsics.ACCOUNT_ID;
import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The events API Gateway sends for a WebSocket API, in the shape AWS documents: the REQUEST
 * authorizer's input on {@code $connect}, and the Lambda proxy events of {@code $connect} (with the
 * handshake's headers and query string), of each message (with its body) and of {@code $disconnect}
 * (with the close status). They are what {@code APIGatewayV2WebSocketEvent} reads.
 */
final class WebSocketEvents {

  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebSocketEvents() {
  }

  /** An id shaped like API Gateway's connection, request and message ids ({@code "L0SM9cOFvHcCIhw="}). */
  static String newId() {
    byte[] bytes = new byte[11];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().encodeToString(bytes);
  }

  /** {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/$connect}, the ARN the authorizer's policy must allow. */
  static String connectMethodArn(ConnectionInfo connection) {
    return "arn:aws:execute-api:" + REGION + ":" + ACCOUNT_ID + ":" + connection.apiId() + "/" + connection.stage() + "/"
        + WebSocketApiSpec.CONNECT;
  }

  static ObjectNode authorizerRequest(ConnectionInfo connection, Map<String, String> stageVariables, String requestId, Instant now) {
    ObjectNode event = Json.object();
    event.put("type", "REQUEST");
    event.put("methodArn", connectMethodArn(connection));
    handshake(event, connection);
    ObjectNode variables = event.putObject("stageVariables");
    stageVariables.forEach(variables::put);
    event.set("requestContext", context(connection, WebSocketApiSpec.CONNECT, "CONNECT", null, requestId, now));
    return event;
  }

  static ObjectNode connect(ConnectionInfo connection, ObjectNode authorizer, String requestId, Instant now) {
    ObjectNode event = Json.object();
    handshake(event, connection);
    event.set("requestContext", context(connection, WebSocketApiSpec.CONNECT, "CONNECT", authorizer, requestId, now));
    event.put("isBase64Encoded", false);
    return event;
  }

  static ObjectNode message(ConnectionInfo connection, ObjectNode authorizer, String routeKey, String body, boolean base64,
      String messageId, String requestId, Instant now) {
    ObjectNode event = Json.object();
    ObjectNode context = context(connection, routeKey, "MESSAGE", authorizer, requestId, now);
    context.put("messageId", messageId);
    event.set("requestContext", context);
    event.put("body", body);
    event.put("isBase64Encoded", base64);
    return event;
  }

  static ObjectNode disconnect(ConnectionInfo connection, ObjectNode authorizer, int statusCode, String reason, String requestId,
      Instant now) {
    ObjectNode event = Json.object();
    // API Gateway sends these headers on $disconnect, not the handshake's
    ObjectNode headers = event.putObject("headers");
    ObjectNode multiValueHeaders = event.putObject("multiValueHeaders");
    Map.of("Host", connection.domainName(), "x-api-key", "", "X-Forwarded-For", "", "x-restapi", "").forEach((name, value) -> {
      headers.put(name, value);
      multiValueHeaders.putArray(name).add(value);
    });
    ObjectNode context = context(connection, WebSocketApiSpec.DISCONNECT, "DISCONNECT", authorizer, requestId, now);
    context.put("disconnectStatusCode", statusCode);
    context.put("disconnectReason", reason == null ? "" : reason);
    event.set("requestContext", context);
    event.put("isBase64Encoded", false);
    return event;
  }

  /** The error frame API Gateway sends to the client, e.g. {@code {"message":"Forbidden","connectionId":...,"requestId":...}}. */
  static String errorFrame(String message, String connectionId, String requestId) {
    return Json.text(Json.object().put("message", message).put("connectionId", connectionId).put("requestId", requestId));
  }

  private static void handshake(ObjectNode event, ConnectionInfo connection) {
    ObjectNode headers = event.putObject("headers");
    ObjectNode multiValueHeaders = event.putObject("multiValueHeaders");
    connection.headers().forEach((name, values) -> {
      headers.put(name, values.getLast()); // like REST proxy events: the last of repeated values
      ArrayNode all = multiValueHeaders.putArray(name);
      values.forEach(all::add);
    });
    if (!connection.query().isEmpty()) {
      ObjectNode query = event.putObject("queryStringParameters");
      ObjectNode multiValueQuery = event.putObject("multiValueQueryStringParameters");
      connection.query().forEach((name, values) -> {
        query.put(name, values.getLast());
        ArrayNode all = multiValueQuery.putArray(name);
        values.forEach(all::add);
      });
    }
  }

  private static ObjectNode context(ConnectionInfo connection, String routeKey, String eventType, ObjectNode authorizer,
      String requestId, Instant now) {
    ObjectNode context = Json.object();
    context.put("routeKey", routeKey);
    context.put("eventType", eventType);
    context.put("extendedRequestId", requestId);
    context.put("requestTime", REQUEST_TIME.format(now));
    context.put("messageDirection", "IN");
    context.put("stage", connection.stage());
    context.put("connectedAt", connection.connectedAt().toEpochMilli());
    context.put("requestTimeEpoch", now.toEpochMilli());
    ObjectNode identity = context.putObject("identity");
    identity.put("userAgent", connection.userAgent());
    identity.put("sourceIp", connection.sourceIp());
    context.put("requestId", requestId);
    context.put("domainName", connection.domainName());
    context.put("connectionId", connection.connectionId());
    context.put("apiId", connection.apiId());
    if (authorizer != null) {
      context.set("authorizer", authorizer.deepCopy());
    }
    return context;
  }

  /** What API Gateway passes as {@code requestContext.authorizer}: the principal, the latency and the context entries. */
  static ObjectNode authorizerContext(String principalId, ObjectNode entries, long latencyMillis) {
    ObjectNode authorizer = Json.object();
    if (principalId != null) {
      authorizer.put("principalId", principalId);
    }
    authorizer.put("integrationLatency", latencyMillis);
    authorizer.setAll(entries);
    return authorizer;
  }
}
