package app.jobmate.localcloud.template;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation intrinsic functions and pseudo parameters against a template, with
 * {@link ResourceNames} deciding what a resource's {@code Ref} and attributes are. {@code AWS::NoValue}
 * removes the property or list element that holds it, as in CloudFormation.
 */
public final class Intrinsics {

  public static final String REGION = "eu-west-2";
  public static final String ACCOUNT_ID = "000000000000";
  public static final String STACK_NAME = "jobmate-local";

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

  private final Template template;
  private final ResourceNames names;
  private final Map<String, Boolean> conditions = new HashMap<>();

  public Intrinsics(Template template, ResourceNames names) {
    this.template = template;
    this.names = names;
  }

  public Template template() {
    return template;
  }

  /** A resource exists in the stack unless its {@code Condition} is false. */
  public boolean isDeployed(Template.Resource resource) {
    return resource.condition().map(this::condition).orElse(true);
  }

  public boolean condition(String name) {
    Boolean known = conditions.get(name);
    if (known != null) {
      return known;
    }
    boolean value = truth(resolve(template.conditionDeclaration(name)));
    conditions.put(name, value);
    return value;
  }

  /** The resource's properties with every intrinsic function resolved. */
  public ObjectNode properties(Template.Resource resource) {
    JsonNode resolved = resolve(resource.properties());
    return resolved.isObject() ? (ObjectNode) resolved : Json.object();
  }

  public String text(JsonNode node) {
    JsonNode resolved = resolve(node);
    if (resolved.isMissingNode() || resolved.isNull()) {
      return null;
    }
    if (!resolved.isValueNode()) {
      throw new IllegalArgumentException("expected a string, found " + resolved);
    }
    return resolved.asText();
  }

  public JsonNode resolve(JsonNode node) {
    if (node == null) {
      return MissingNode.getInstance();
    }
    if (node.isObject()) {
      if (Template.isIntrinsic(node)) {
        Map.Entry<String, JsonNode> function = node.properties().iterator().next();
        return apply(function.getKey(), function.getValue());
      }
      ObjectNode resolved = Json.object();
      node.properties().forEach(e -> {
        JsonNode value = resolve(e.getValue());
        if (!value.isMissingNode()) {
          resolved.set(e.getKey(), value);
        }
      });
      return resolved;
    }
    if (node.isArray()) {
      ArrayNode resolved = Json.MAPPER.createArrayNode();
      node.forEach(element -> {
        JsonNode value = resolve(element);
        if (!value.isMissingNode()) {
          resolved.add(value);
        }
      });
      return resolved;
    }
    return node;
  }

  private JsonNode apply(String function, JsonNode argument) {
    return switch (function) {
      case "Ref" -> ref(resolve(argument).asText());
      case "Condition" -> BooleanNode.valueOf(condition(argument.asText()));
      case "Fn::GetAtt" -> getAtt(argument);
      case "Fn::Sub" -> TextNode.valueOf(sub(argument));
      case "Fn::Join" -> join(argument);
      case "Fn::Select" -> select(argument);
      case "Fn::Split" -> split(argument);
      case "Fn::If" -> resolve(argument.get(0).isTextual() && condition(argument.get(0).asText())
          ? argument.get(1) : argument.get(2));
      case "Fn::Equals" -> BooleanNode.valueOf(scalar(resolve(argument.get(0))).equals(scalar(resolve(argument.get(1)))));
      case "Fn::And" -> BooleanNode.valueOf(all(argument, true));
      case "Fn::Or" -> BooleanNode.valueOf(!all(argument, false));
      case "Fn::Not" -> BooleanNode.valueOf(!truth(resolve(argument.get(0))));
      case "Fn::FindInMap" -> findInMap(argument);
      case "Fn::Base64" -> TextNode.valueOf(Base64.getEncoder()
          .encodeToString(text(argument).getBytes(StandardCharsets.UTF_8)));
      case "Fn::GetAZs" -> Json.MAPPER.createArrayNode().add(REGION + "a").add(REGION + "b").add(REGION + "c");
      case "Fn::ToJsonString" -> TextNode.valueOf(Json.text(resolve(argument)));
      case "Fn::Length" -> Json.MAPPER.getNodeFactory().numberNode(resolve(argument).size());
      default -> throw new IllegalArgumentException(function + " is not supported by the local cloud");
    };
  }

  private boolean all(JsonNode conditions, boolean wanted) {
    for (JsonNode condition : conditions) {
      if (truth(resolve(condition)) != wanted) {
        return false;
      }
    }
    return true;
  }

  private static boolean truth(JsonNode value) {
    return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
  }

  private static String scalar(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  public JsonNode ref(String name) {
    Optional<JsonNode> pseudo = pseudoParameter(name);
    if (pseudo.isPresent()) {
      return pseudo.get();
    }
    JsonNode parameter = template.parameters().get(name);
    if (parameter != null) {
      return parameter;
    }
    Template.Resource resource = template.resource(name)
        .orElseThrow(() -> new IllegalArgumentException("Ref to unknown parameter or resource " + name));
    return names.ref(resource, this);
  }

  private static Optional<JsonNode> pseudoParameter(String name) {
    return Optional.ofNullable(switch (name) {
      case "AWS::Region" -> TextNode.valueOf(REGION);
      case "AWS::AccountId" -> TextNode.valueOf(ACCOUNT_ID);
      case "AWS::StackName" -> TextNode.valueOf(STACK_NAME);
      case "AWS::StackId" -> TextNode.valueOf("arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/"
          + STACK_NAME + "/00000000-0000-0000-0000-000000000000");
      case "AWS::Partition" -> TextNode.valueOf("aws");
      case "AWS::URLSuffix" -> TextNode.valueOf("amazonaws.com");
      case "AWS::NotificationARNs" -> Json.MAPPER.createArrayNode();
      case "AWS::NoValue" -> MissingNode.getInstance();
      default -> null;
    });
  }

  private JsonNode getAtt(JsonNode argument) {
    JsonNode resolved = resolve(argument);
    String logicalId;
    String attribute;
    if (resolved.isArray()) {
      logicalId = resolved.get(0).asText();
      attribute = resolved.get(1).asText();
    } else {
      String[] parts = resolved.asText().split("\\.", 2);
      logicalId = parts[0];
      attribute = parts[1];
    }
    Template.Resource resource = template.resource(logicalId)
        .orElseThrow(() -> new IllegalArgumentException("Fn::GetAtt of unknown resource " + logicalId));
    return names.getAtt(resource, attribute, this);
  }

  private String sub(JsonNode argument) {
    String text;
    Map<String, JsonNode> variables = new HashMap<>();
    if (argument.isArray()) {
      text = argument.get(0).asText();
      argument.get(1).properties().forEach(e -> variables.put(e.getKey(), resolve(e.getValue())));
    } else {
      text = argument.asText();
    }
    Matcher matcher = SUB_VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement;
      if (name.startsWith("!")) {
        replacement = "${" + name.substring(1) + "}"; // ${!Literal} stays literal, without the '!'
      } else if (variables.containsKey(name)) {
        replacement = scalar(variables.get(name));
      } else if (name.contains(".") && !name.startsWith("AWS::")) {
        replacement = scalar(getAtt(TextNode.valueOf(name)));
      } else {
        replacement = scalar(ref(name));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private JsonNode join(JsonNode argument) {
    String delimiter = argument.get(0).asText();
    JsonNode values = resolve(argument.get(1));
    StringBuilder joined = new StringBuilder();
    Iterator<JsonNode> elements = values.elements();
    while (elements.hasNext()) {
      joined.append(scalar(elements.next()));
      if (elements.hasNext()) {
        joined.append(delimiter);
      }
    }
    return TextNode.valueOf(joined.toString());
  }

  private JsonNode select(JsonNode argument) {
    int index = Integer.parseInt(resolve(argument.get(0)).asText());
    JsonNode list = resolve(argument.get(1));
    if (index < 0 || index >= list.size()) {
      throw new IllegalArgumentException("Fn::Select index " + index + " is outside " + list);
    }
    return list.get(index);
  }

  private JsonNode split(JsonNode argument) {
    String delimiter = argument.get(0).asText();
    String source = text(argument.get(1));
    ArrayNode parts = Json.MAPPER.createArrayNode();
    int start = 0;
    int at;
    while ((at = source.indexOf(delimiter, start)) >= 0) {
      parts.add(source.substring(start, at));
      start = at + delimiter.length();
    }
    parts.add(source.substring(start));
    return parts;
  }

  private JsonNode findInMap(JsonNode argument) {
    String map = text(argument.get(0));
    String top = text(argument.get(1));
    String second = text(argument.get(2));
    JsonNode value = template.mappings().path(map).path(top).get(second);
    if (value == null) {
      if (argument.size() > 3 && argument.get(3).has("DefaultValue")) {
        return resolve(argument.get(3).get("DefaultValue"));
      }
      throw new IllegalArgumentException("Fn::FindInMap found nothing at " + map + "/" + top + "/" + second);
    }
    return resolve(value);
  }
}
