package app.jobmate.localcloud.template;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SAM template as the local cloud sees it: parameters with their values (defaults, then
 * overrides), conditions, mappings, and the resources whose {@code Condition} holds, each with the
 * template's {@code Globals} merged in the way SAM merges them (maps merged, lists appended, scalars
 * replaced). Intrinsic functions are left in place: {@link Intrinsics} resolves them.
 */
public final class Template {

  public static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

  private final JsonNode root;
  private final Map<String, JsonNode> parameters;
  private final Map<String, Resource> resources;

  private Template(JsonNode root, Map<String, JsonNode> parameters, Map<String, Resource> resources) {
    this.root = root;
    this.parameters = parameters;
    this.resources = resources;
  }

  /** A resource of the template; {@code properties} still holds intrinsic functions. */
  public record Resource(String logicalId, String type, ObjectNode properties, Optional<String> condition) {
    public boolean is(String resourceType) {
      return type.equals(resourceType);
    }
  }

  public static Template load(Path path, Map<String, String> parameterOverrides) {
    return of(CloudFormationYaml.read(path), parameterOverrides);
  }

  public static Template of(JsonNode root, Map<String, String> parameterOverrides) {
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    root.path("Parameters").properties().forEach(entry -> {
      String name = entry.getKey();
      JsonNode declaration = entry.getValue();
      String override = parameterOverrides.get(name);
      JsonNode value = override != null ? TextNode.valueOf(override) : declaration.get("Default");
      if (value == null) {
        throw new IllegalArgumentException("template parameter " + name + " has no Default and no value was given");
      }
      String type = declaration.path("Type").asText("String");
      if (type.startsWith("CommaDelimitedList") || type.startsWith("List<")) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        Arrays.stream(value.asText().split(",", -1)).map(String::trim).forEach(list::add);
        value = list;
      } else if (!value.isTextual()) {
        value = TextNode.valueOf(value.asText());
      }
      parameters.put(name, value);
    });

    Map<String, Resource> resources = new LinkedHashMap<>();
    JsonNode globals = root.path("Globals");
    root.path("Resources").properties().forEach(entry -> {
      JsonNode declaration = entry.getValue();
      String type = declaration.path("Type").asText();
      ObjectNode properties = declaration.has("Properties") ? ((ObjectNode) declaration.get("Properties")).deepCopy()
          : Json.object();
      JsonNode global = globals.path(globalSection(type));
      if (global.isObject()) {
        properties = (ObjectNode) merge(global, properties);
      }
      Optional<String> condition = Optional.ofNullable(declaration.get("Condition")).map(JsonNode::asText);
      resources.put(entry.getKey(), new Resource(entry.getKey(), type, properties, condition));
    });
    addImplicitHttpApi(resources, globals);
    addImplicitFunctionRoles(resources);
    return new Template(root, parameters, resources);
  }

  private static String globalSection(String type) {
    return switch (type) {
      case "AWS::Serverless::Function" -> "Function";
      case "AWS::Serverless::HttpApi" -> "HttpApi";
      case "AWS::Serverless::Api" -> "Api";
      case "AWS::Serverless::SimpleTable" -> "SimpleTable";
      case "AWS::Serverless::WebSocketApi" -> "WebSocketApi";
      default -> "-";
    };
  }

  /** SAM creates {@code ServerlessHttpApi} for HttpApi events that name no ApiId. */
  private static void addImplicitHttpApi(Map<String, Resource> resources, JsonNode globals) {
    boolean needed = resources.values().stream()
        .filter(r -> r.is("AWS::Serverless::Function"))
        .flatMap(r -> iterable(r.properties().path("Events").elements()).stream())
        .anyMatch(event -> event.path("Type").asText().equals("HttpApi") && !event.path("Properties").has("ApiId"));
    if (needed && !resources.containsKey(IMPLICIT_HTTP_API)) {
      JsonNode global = globals.path("HttpApi");
      ObjectNode properties = global.isObject() ? ((ObjectNode) global).deepCopy() : Json.object();
      resources.put(IMPLICIT_HTTP_API,
          new Resource(IMPLICIT_HTTP_API, "AWS::Serverless::HttpApi", properties, Optional.empty()));
    }
  }

  /**
   * SAM creates {@code <LogicalId>Role} ({@code AWS::IAM::Role}) for a function that names no
   * {@code Role}, and a template may refer to it ({@code !GetAtt OutboxRelayFunctionRole.Arn} in a
   * bus policy, say). Locally it is a name to resolve, with no policy behind it.
   */
  private static void addImplicitFunctionRoles(Map<String, Resource> resources) {
    List<Resource> functions = resources.values().stream()
        .filter(r -> r.is("AWS::Serverless::Function") && !r.properties().has("Role")).toList();
    for (Resource function : functions) {
      resources.putIfAbsent(function.logicalId() + "Role",
          new Resource(function.logicalId() + "Role", "AWS::IAM::Role", Json.object(), function.condition()));
    }
  }

  private static List<JsonNode> iterable(Iterator<JsonNode> elements) {
    List<JsonNode> list = new java.util.ArrayList<>();
    elements.forEachRemaining(list::add);
    return list;
  }

  /** SAM's Globals rule: maps are merged key by key, lists are appended to, anything else is replaced. */
  static JsonNode merge(JsonNode global, JsonNode local) {
    if (global.isObject() && local.isObject() && !isIntrinsic(global) && !isIntrinsic(local)) {
      ObjectNode merged = ((ObjectNode) global).deepCopy();
      local.properties().forEach(e -> merged.set(e.getKey(),
          merged.has(e.getKey()) ? merge(merged.get(e.getKey()), e.getValue()) : e.getValue().deepCopy()));
      return merged;
    }
    if (global.isArray() && local.isArray()) {
      ArrayNode merged = ((ArrayNode) global).deepCopy();
      merged.addAll((ArrayNode) local.deepCopy());
      return merged;
    }
    return local.deepCopy();
  }

  static boolean isIntrinsic(JsonNode node) {
    if (!node.isObject() || node.size() != 1) {
      return false;
    }
    String key = node.fieldNames().next();
    return key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition");
  }

  public JsonNode root() {
    return root;
  }

  public Map<String, JsonNode> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  /** Every resource, including those whose condition is false (see {@link Intrinsics#isDeployed}). */
  public Map<String, Resource> allResources() {
    return Collections.unmodifiableMap(resources);
  }

  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  public JsonNode conditionDeclaration(String name) {
    JsonNode condition = root.path("Conditions").get(name);
    if (condition == null) {
      throw new IllegalArgumentException("template has no condition " + name);
    }
    return condition;
  }

  public JsonNode mappings() {
    return root.path("Mappings");
  }
}
