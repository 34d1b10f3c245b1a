package app.jobmate.projections.testing;

import app.jobmate.events.EventJson;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * GET requests as API Gateway's HTTP API (payload 2.0) sends them after its JWT authorizer: a real
 * captured event with the route, path, query string and claims of the call, read by the Lambda
 * runtime's own serializers.
 */
public final class HttpCalls {

  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;

  public HttpCalls(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
    this.function = function;
  }

  public static Call get(String routeKey, String path) {
    return new Call(routeKey, path);
  }

  public Answer send(Call call) {
    APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
        getClass().getClassLoader()).fromJson(call.eventJson());
    APIGatewayV2HTTPResponse response = function.handleRequest(event, new TestContext());
    return new Answer(response.getStatusCode(), response.getHeaders() == null ? Map.of() : response.getHeaders(),
        response.getBody());
  }

  /** One GET request; signed in as an owner of t-acme unless {@link #as} says otherwise. */
  public static final class Call {
    private final ObjectNode event;
    private final Map<String, String> query = new LinkedHashMap<>();

    private Call(String routeKey, String path) {
      try (InputStream in = HttpCalls.class.getResourceAsStream("/events/http-api-get-request.json")) {
        this.event = (ObjectNode) EventJson.mapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      event.put("routeKey", routeKey).put("rawPath", path);
      ObjectNode context = (ObjectNode) event.get("requestContext");
      context.put("routeKey", routeKey).put("requestId", UUID.randomUUID().toString());
      ((ObjectNode) context.get("http")).put("path", path);
      // the route's {name} segments, read from the path as API Gateway does
      String[] routeSegments = routeKey.substring(routeKey.indexOf(' ') + 1).split("/");
      String[] pathSegments = path.split("/");
      for (int i = 0; i < routeSegments.length && i < pathSegments.length; i++) {
        if (routeSegments[i].startsWith("{") && routeSegments[i].endsWith("}")) {
          ObjectNode parameters = event.get("pathParameters") instanceof ObjectNode o ? o : event.putObject("pathParameters");
          parameters.put(routeSegments[i].substring(1, routeSegments[i].length() - 1), pathSegments[i]);
        }
      }
    }

    public Call query(String name, String value) {
      query.put(name, value);
      ObjectNode parameters = event.putObject("queryStringParameters");
      query.forEach(parameters::put);
      event.put("rawQueryString", query.entrySet().stream()
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&")));
      return this;
    }

    /**
     * Called by an API client of {@code tenant}, through the reports' Lambda authorizer: its context
     * instead of the JWT authorizer's claims, as the authorizer answers it.
     */
    public Call asApiClient(String tenant, String clientId) {
      ObjectNode authorizer = (ObjectNode) event.at("/requestContext/authorizer");
      authorizer.remove("jwt");
      authorizer.putObject("lambda").put("jobmate:caller", "api-client").put("client_id", clientId)
          .put("custom:tenant_id", tenant);
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

    String eventJson() {
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
