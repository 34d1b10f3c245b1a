package app.jobmate.localcloud.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP API's {@code CorsConfiguration}: API Gateway answers preflight requests itself (204) and
 * puts the CORS headers on every response to an allowed origin, replacing any the function set.
 */
record Cors(boolean enabled, List<String> origins, List<String> methods, List<String> headers, List<String> exposed,
    int maxAge, boolean credentials) {

  static final Cors NONE = new Cors(false, List.of(), List.of(), List.of(), List.of(), -1, false);

  static Cors of(JsonNode configuration) {
    if (configuration == null || configuration.isMissingNode() || configuration.isNull()
        || (configuration.isBoolean() && !configuration.booleanValue())) {
      return NONE;
    }
    if (configuration.isBoolean() || configuration.isTextual()) {
      return new Cors(true, List.of("*"), List.of("*"), List.of("*"), List.of(), -1, false);
    }
    return new Cors(true, list(configuration.get("AllowOrigins")), list(configuration.get("AllowMethods")),
        list(configuration.get("AllowHeaders")), list(configuration.get("ExposeHeaders")),
        configuration.path("MaxAge").asInt(-1), configuration.path("AllowCredentials").asBoolean(false));
  }

  private static List<String> list(JsonNode values) {
    List<String> list = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> list.add(v.asText()));
    }
    return List.copyOf(list);
  }

  private boolean allows(String origin) {
    return origins.contains("*") || origins.contains(origin);
  }

  HttpExchange.Response preflight(HttpExchange.Request request) {
    HttpExchange.Response response = new HttpExchange.Response(204, new LinkedHashMap<>(), new byte[0]);
    String origin = request.header("origin").orElse("");
    String method = request.header("access-control-request-method").orElse("").toUpperCase(Locale.ROOT);
    boolean methodAllowed = methods.contains("*") || methods.stream().anyMatch(m -> m.equalsIgnoreCase(method));
    if (!allows(origin) || !methodAllowed) {
      return response;
    }
    allowOrigin(response, origin);
    response.withHeader("access-control-allow-methods", methods.contains("*") ? method : String.join(",", methods));
    request.header("access-control-request-headers").ifPresent(wanted -> {
      if (!headers.isEmpty()) {
        response.withHeader("access-control-allow-headers", headers.contains("*") ? wanted : String.join(",", headers));
      }
    });
    if (maxAge >= 0) {
      response.withHeader("access-control-max-age", Integer.toString(maxAge));
    }
    return response;
  }

  HttpExchange.Response decorate(HttpExchange.Request request, HttpExchange.Response response) {
    String origin = request.header("origin").orElse(null);
    if (!enabled || origin == null || !allows(origin)) {
      return response;
    }
    response.headers().keySet().removeIf(name -> name.startsWith("access-control-"));
    allowOrigin(response, origin);
    if (!exposed.isEmpty()) {
      response.withHeader("access-control-expose-headers", String.join(",", exposed));
    }
    return response;
  }

  private void allowOrigin(HttpExchange.Response response, String origin) {
    response.withHeader("access-control-allow-origin", origins.contains("*") && !credentials ? "*" : origin);
    if (credentials) {
      response.withHeader("access-control-allow-credentials", "true");
    }
  }
}
