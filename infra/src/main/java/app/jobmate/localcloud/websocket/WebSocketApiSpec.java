package app.jobmate.localcloud.websocket;

import app.jobmate.localcloud.LocalResourceNames;
import app.jobmate.localcloud.authorizer.IdentitySource;
import app.jobmate.localcloud.authorizer.LambdaAuthorizer;
import app.jobmate.localcloud.function.Functions;
import app.jobmate.localcloud.function.LambdaFunction;
import app.jobmate.localcloud.template.Intrinsics;
import app.jobmate.localcloud.template.Template;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The template's WebSocket API: an {@code AWS::Serverless::WebSocketApi}, or an
 * {@code AWS::ApiGatewayV2::Api} with {@code ProtocolType: WEBSOCKET} and its Route, Integration
 * (Lambda proxy), Authorizer (REQUEST) and Stage resources. The Lambda authorizer guards
 * {@code $connect} only, as in AWS. The local cloud serves one WebSocket API.
 */
public record WebSocketApiSpec(String logicalId, String apiId, String stage, String routeSelectionExpression,
    Map<String, LambdaFunction> routes, Optional<LambdaAuthorizer> authorizer, Map<String, String> stageVariables) {

  public static final String CONNECT = "$connect";
  public static final String DISCONNECT = "$disconnect";
  public static final String DEFAULT = "$default";

  public WebSocketApiSpec {
    routes = Map.copyOf(routes);
    stageVariables = Map.copyOf(stageVariables);
  }

  /** The logical ids of the template's WebSocket APIs, known before any function is built. */
  public static List<Template.Resource> declaredIn(Intrinsics intrinsics) {
    List<Template.Resource> apis = new ArrayList<>();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (!intrinsics.isDeployed(resource)) {
        continue;
      }
      if (resource.is("AWS::Serverless::WebSocketApi") || (resource.is("AWS::ApiGatewayV2::Api")
          && "WEBSOCKET".equals(intrinsics.text(resource.properties().get("ProtocolType"))))) {
        apis.add(resource);
      }
    }
    if (apis.size() > 1) {
      throw new IllegalArgumentException("the template declares " + apis.size() + " WebSocket APIs ("
          + apis.stream().map(Template.Resource::logicalId).toList() + "); the local cloud serves one, at /ws");
    }
    return apis;
  }

  public static Optional<WebSocketApiSpec> fromTemplate(Intrinsics intrinsics, Functions functions, Consumer<String> log) {
    return declaredIn(intrinsics).stream().findFirst().map(resource -> resource.is("AWS::Serverless::WebSocketApi")
        ? fromSam(resource, intrinsics, functions, log) : fromApiGatewayV2(resource, intrinsics, functions, log));
  }

  private static WebSocketApiSpec fromSam(Template.Resource resource, Intrinsics intrinsics, Functions functions,
      Consumer<String> log) {
    ObjectNode properties = intrinsics.properties(resource);
    Map<String, LambdaFunction> routes = new LinkedHashMap<>();
    properties.path("Routes").properties().forEach(route -> routes.put(route.getKey(),
        function(functions, route.getValue().path("FunctionArn").asText(), resource.logicalId() + " route " + route.getKey())));
    Optional<LambdaAuthorizer> authorizer = Optional.empty();
    JsonNode auth = properties.path("Auth");
    String authType = auth.path("AuthType").asText("NONE");
    switch (authType) {
      case "NONE" -> {
      }
      case "CUSTOM" -> {
        List<IdentitySource> sources = new ArrayList<>();
        auth.path("IdentitySource").forEach(s -> sources.add(IdentitySource.parse(s.asText())));
        authorizer = Optional.of(new LambdaAuthorizer(new LambdaAuthorizer.Config(auth.path("Name").asText(resource.logicalId() + "Authorizer"),
            function(functions, auth.path("AuthArn").asText(), resource.logicalId() + " Auth.AuthArn"), sources, Duration.ZERO,
            false, true), log));
      }
      default -> throw new IllegalArgumentException("WebSocket API " + resource.logicalId() + " has AuthType " + authType
          + "; the local cloud emulates NONE and CUSTOM (Lambda REQUEST authorizers)");
    }
    return new WebSocketApiSpec(resource.logicalId(), LocalResourceNames.apiId(resource),
        properties.path("StageName").asText("default"), // SAM's default stage name
        properties.path("RouteSelectionExpression").asText("$request.body.action"), routes, authorizer,
        strings(properties.path("StageVariables")));
  }

  private static WebSocketApiSpec fromApiGatewayV2(Template.Resource api, Intrinsics intrinsics, Functions functions,
      Consumer<String> log) {
    String apiId = LocalResourceNames.apiId(api);
    Map<String, LambdaFunction> routes = new LinkedHashMap<>();
    Optional<LambdaAuthorizer> authorizer = Optional.empty();
    String stage = "$default";
    Map<String, String> stageVariables = Map.of();
    for (Template.Resource resource : intrinsics.template().allResources().values()) {
      if (!intrinsics.isDeployed(resource) || !apiId.equals(intrinsics.text(resource.properties().get("ApiId")))) {
        continue;
      }
      ObjectNode properties = intrinsics.properties(resource);
      if (resource.is("AWS::ApiGatewayV2::Stage")) {
        stage = properties.path("StageName").asText(stage);
        stageVariables = strings(properties.path("StageVariables"));
      } else if (resource.is("AWS::ApiGatewayV2::Route")) {
        String routeKey = properties.path("RouteKey").asText();
        String target = properties.path("Target").asText("");
        Template.Resource integration = intrinsics.template().resource(target.replaceFirst("^integrations/", ""))
            .orElseThrow(() -> new IllegalArgumentException("route " + resource.logicalId() + " targets " + target
                + ", which is not an integration of the template"));
        routes.put(routeKey, function(functions, intrinsics.properties(integration).path("IntegrationUri").asText(),
            "integration " + integration.logicalId()));
        if (properties.path("AuthorizationType").asText("NONE").equals("CUSTOM")) {
          if (!routeKey.equals(CONNECT)) {
            throw new IllegalArgumentException("route " + routeKey + " of " + api.logicalId()
                + " has a Lambda authorizer; API Gateway allows one on $connect only");
          }
          authorizer = Optional.of(authorizer(intrinsics, properties.path("AuthorizerId").asText(), functions, log));
        } else if (!properties.path("AuthorizationType").asText("NONE").equals("NONE")) {
          throw new IllegalArgumentException("route " + routeKey + " of " + api.logicalId() + " has AuthorizationType "
              + properties.path("AuthorizationType").asText() + "; the local cloud emulates NONE and CUSTOM");
        }
      }
    }
    return new WebSocketApiSpec(api.logicalId(), apiId, stage,
        intrinsics.properties(api).path("RouteSelectionExpression").asText("$request.body.action"), routes, authorizer,
        stageVariables);
  }

  private static LambdaAuthorizer authorizer(Intrinsics intrinsics, String logicalId, Functions functions, Consumer<String> log) {
    Template.Resource resource = intrinsics.template().resource(logicalId)
        .orElseThrow(() -> new IllegalArgumentException("no authorizer " + logicalId + " in the template"));
    ObjectNode properties = intrinsics.properties(resource);
    List<IdentitySource> sources = new ArrayList<>();
    properties.path("IdentitySource").forEach(s -> sources.add(IdentitySource.parse(s.asText())));
    return new LambdaAuthorizer(new LambdaAuthorizer.Config(properties.path("Name").asText(logicalId),
        function(functions, properties.path("AuthorizerUri").asText(), "authorizer " + logicalId), sources,
        Duration.ofSeconds(properties.path("AuthorizerResultTtlInSeconds").asLong(0)), false, true), log);
  }

  private static LambdaFunction function(Functions functions, String arn, String usedBy) {
    return functions.byArn(arn).orElseThrow(() -> new IllegalArgumentException(usedBy + " names " + arn
        + ", which is not a function of the template"));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }

  /** The route key a message selects: the value at the selection expression's body path, if a route has that key. */
  public String routeKeyFor(String body) {
    String path = routeSelectionExpression.replaceAll("^\\$\\{(.*)}$", "\\$$1");
    if (path.startsWith("$request.body.")) {
      try {
        JsonNode node = app.jobmate.localcloud.Json.parse(body);
        for (String part : path.substring("$request.body.".length()).split("\\.")) {
          node = node.path(part);
        }
        if (node.isValueNode() && !node.isNull() && routes.containsKey(node.asText())
            && !node.asText().equals(CONNECT) && !node.asText().equals(DISCONNECT)) {
          return node.asText();
        }
      } catch (RuntimeException e) {
        return DEFAULT; // API Gateway routes a message that is not JSON to $default
      }
    }
    return DEFAULT;
  }
}
