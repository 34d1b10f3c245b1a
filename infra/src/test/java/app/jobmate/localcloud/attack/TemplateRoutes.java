package app.jobmate.localcloud.attack;

import app.jobmate.localcloud.template.CloudFormationYaml;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every route a template declares, with the function behind it: each {@code HttpApi} event of each
 * function ({@code POST /quotes/{quoteId}/issue}) and each route of its WebSocket API
 * ({@code WS $connect}). The suite's catalogue must name exactly these.
 */
/**
 * The template's routes: the function each calls and, for the HTTP routes that do not use the API's
 * default (JWT) authorizer, the authorizer they name.
 */
record TemplateRoutes(Map<String, String> functionByRoute, Map<String, String> authorizerByRoute) {

  static final String WEBSOCKET = "WS";

  static TemplateRoutes of(Path template) {
    return of(CloudFormationYaml.read(template));
  }

  static TemplateRoutes of(JsonNode template) {
    Map<String, String> routes = new TreeMap<>();
    Map<String, String> authorizers = new TreeMap<>();
    template.path("Resources").properties().forEach(resource -> {
      JsonNode properties = resource.getValue().path("Properties");
      switch (resource.getValue().path("Type").asText()) {
        case "AWS::Serverless::Function" -> properties.path("Events").properties().forEach(event -> {
          if (event.getValue().path("Type").asText().equals("HttpApi")) {
            JsonNode http = event.getValue().path("Properties");
            String key = http.path("Method").asText().toUpperCase(Locale.ROOT) + " " + http.path("Path").asText();
            routes.put(key, resource.getKey());
            if (http.path("Auth").has("Authorizer")) {
              authorizers.put(key, http.path("Auth").path("Authorizer").asText());
            }
          }
        });
        case "AWS::Serverless::WebSocketApi" -> properties.path("Routes").properties().forEach(route ->
            routes.put(WEBSOCKET + " " + route.getKey(), functionOf(route.getValue().path("FunctionArn"))));
        case "AWS::ApiGatewayV2::Route" -> routes.put(WEBSOCKET + " " + properties.path("RouteKey").asText(), "");
        default -> {
          // not a route
        }
      }
    });
    return new TemplateRoutes(Map.copyOf(routes), Map.copyOf(authorizers));
  }

  /** Whether the route is behind a Lambda authorizer of its own (the reports'), not the API's JWT authorizer. */
  boolean behindLambdaAuthorizer(String routeKey) {
    return authorizerByRoute.containsKey(routeKey);
  }

  /** {@code !GetAtt Fn.Arn} as the YAML reader gives it: the function's logical id. */
  private static String functionOf(JsonNode arn) {
    JsonNode getAtt = arn.path("Fn::GetAtt");
    if (getAtt.isArray()) {
      return getAtt.path(0).asText();
    }
    return getAtt.isTextual() ? getAtt.asText().split("\\.")[0] : "";
  }

  String functionOf(String routeKey) {
    String function = functionByRoute.get(routeKey);
    if (function == null) {
      throw new IllegalArgumentException("the template has no route " + routeKey);
    }
    return function;
  }
}
