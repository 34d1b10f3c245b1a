package app.jobmate.testing;

import app.jobmate.events.EventJson;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls a function as API Gateway would: a real HTTP API (payload 2.0) event captured from AWS, with
 * the route, path, headers, body and JWT claims of the call, deserialized by the Lambda runtime's
 * own serializers. The event JSON is the test class path's {@code /events/http-api-jwt-request.json}
 * (each function module keeps its captured copy in its test resources).
 */
public final class HttpApiCalls {

  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;

  public HttpApiCalls(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
    this.function = function;
  }

  public static Call call(String routeKey, String path) {
    return new Call(routeKey, path);
  }

  public Answer send(Call call) {
    APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
        getClass().getClassLoader()).fromJson(call.eventJson());
    APIGatewayV2HTTPResponse response = function.handleRequest(event, new TestContext());
    return new Answer(response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(),
        response.getBody());
  }

  /** One request: route key and concrete path, as a person (or a test) would write them. */
  public static final class Call {
    private final String routeKey;
    private final String path;
    private final ObjectNode event;

    private Call(String routeKey, String path) {
      this.routeKey = routeKey;
      this.path = path;
      try (InputStream in = HttpApiCalls.class.getResourceAsStream("/events/http-api-jwt-request.json")) {
        this.event = (ObjectNode) EventJson.mapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String method = routeKey.substring(0, routeKey.indexOf(' '));
      String template = routeKey.substring(routeKey.indexOf(' ') + 1);
      event.put("routeKey", routeKey).put("rawPath", path);
      ObjectNode context = (ObjectNode) event.get("requestContext");
      context.put("routeKey", routeKey).put("requestId", UUID.randomUUID().toString());
      ((ObjectNode) context.get("http")).put("method", method).put("path", path);
      ObjectNode params = event.putObject("pathParameters");
      Matcher names = PARAM.matcher(template);
      List<String> keys = new ArrayList<>();
      while (names.find()) {
        keys.add(names.group(1));
      }
      Matcher values = Pattern.compile(PARAM.matcher(template).replaceAll("([^/]+)")).matcher(path);
      if (values.matches()) {
        for (int i = 0; i < keys.size(); i++) {
          params.put(keys.get(i), values.group(i + 1));
        }
      }
      if (keys.isEmpty()) {
        event.putNull("pathParameters");
      }
    }

    public Call body(String json) {
      event.put("body", json);
      ((ObjectNode) event.get("headers")).put("content-length", Integer.toString(json.getBytes(StandardCharsets.UTF_8).length));
      return this;
    }

    public Call header(String name, String value) {
      ((ObjectNode) event.get("headers")).put(name, value);
      return this;
    }

    public Call query(String name, String value) {
      ObjectNode query = event.get("queryStringParameters") instanceof ObjectNode q ? q : event.putObject("queryStringParameters");
      query.put(name, value);
      event.put("rawQueryString", name + "=" + value);
      return this;
    }

    /** Signed in as {@code sub} of {@code tenant} with the Cognito groups {@code groups} (e.g. "[owner]"). */
    public Call as(String tenant, String sub, String groups) {
      ObjectNode claims = (ObjectNode) event.at("/requestContext/authorizer/jwt/claims");
      claims.put("custom:tenant_id", tenant).put("sub", sub).put("cognito:groups", groups);
      return this;
    }

    public Call withoutClaim(String name) {
      ((ObjectNode) event.at("/requestContext/authorizer/jwt/claims")).remove(name);
      return this;
    }

    public String eventJson() {
      return event.toString();
    }
  }

  public record Answer(int status, Map<String, String> headers, String body) {
    public JsonNode json() {
      try {
        return EventJson.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.get(name);
    }
  }
}
