package app.jobmate.localcloud.contract;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.web.ApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The HTTP API's OpenAPI 3.1 document as a contract the end-to-end tests hold the API to
 * (docs/decisions/openapi-validator.md): a small matcher finds the operation of a request (its path
 * template and method) and its parameters, and networknt's JSON Schema validator (draft 2020-12, the
 * dialect of OpenAPI 3.1) checks the bodies against the document's schemas. A request the API took
 * (2xx) must be one the document allows; every answer must be one the document describes for its
 * status, content type and body. Requests to paths the document does not have (the local cloud's own
 * endpoints, a toy template's routes) are not the API's and are left alone.
 */
public final class OpenApiContract {

  /** The IRI the document is known by to the schema validator; its {@code #/components/...} refs resolve in it. */
  static final String BASE = "https://jobmate.app/openapi.json";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private static final OpenApiContract INSTANCE = new OpenApiContract(document());

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final List<PathTemplate> paths;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** One path of the document as a pattern; literal segments win over templated ones ({@code /tasks/mine} before {@code /tasks/{taskId}}). */
  record PathTemplate(String template, Pattern pattern, List<String> names, int literals) {

    static PathTemplate of(String template) {
      List<String> names = new ArrayList<>();
      StringBuilder regex = new StringBuilder();
      int literals = 0;
      for (String segment : template.substring(1).split("/", -1)) {
        regex.append('/');
        if (segment.startsWith("{") && segment.endsWith("}")) {
          names.add(segment.substring(1, segment.length() - 1));
          regex.append("([^/]+)");
        } else {
          literals++;
          regex.append(Pattern.quote(segment));
        }
      }
      return new PathTemplate(template, Pattern.compile(regex.toString()), List.copyOf(names), literals);
    }
  }

  OpenApiContract(JsonNode document) {
    this.document = document;
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemas(Map.of(BASE, Json.MAPPER.valueToTree(document).toString())));
    List<PathTemplate> templates = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(p -> templates.add(PathTemplate.of(p)));
    templates.sort(Comparator.comparingInt(PathTemplate::literals).reversed());
    this.paths = List.copyOf(templates);
  }

  public static OpenApiContract instance() {
    return INSTANCE;
  }

  /** The document as the local cloud serves it. */
  public static JsonNode document() {
    try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(ApiDocument.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(ApiDocument.RESOURCE + " is not on the classpath");
      }
      return ApiDocument.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What was sent and what came back. Header names are lower case. */
  public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, String requestBody, int status,
                         Map<String, List<String>> responseHeaders, String responseBody) {
  }

  /**
   * @throws AssertionError naming every way the exchange departs from the document
   */
  public void check(Exchange exchange) {
    List<String> problems = problems(exchange);
    if (!problems.isEmpty()) {
      throw new AssertionError("the exchange departs from the OpenAPI document (infra/src/main/resources/openapi.yaml): "
          + exchange.method() + " " + exchange.uri().getRawPath()
          + (exchange.uri().getRawQuery() == null ? "" : "?" + exchange.uri().getRawQuery()) + " answered "
          + exchange.status() + "\n  - " + String.join("\n  - ", problems) + "\n  response: " + exchange.responseBody());
    }
  }

  /** Every way the exchange departs from the document; empty when it does not (or when its path is not the API's). */
  public List<String> problems(Exchange exchange) {
    String method = exchange.method().toLowerCase(Locale.ROOT);
    if (method.equals("options") || method.equals("head")) {
      return List.of(); // CORS preflights and HEADs are the gateway's, not the API's
    }
    Optional<Match> match = match(exchange.uri().getRawPath());
    if (match.isEmpty()) {
      return List.of();
    }
    JsonNode pathItem = document.path("paths").path(match.get().template().template());
    JsonNode operation = pathItem.path(method);
    String where = "#/paths/" + escape(match.get().template().template());
    List<String> problems = new ArrayList<>();
    if (method.equals("get") && accepts(exchange.requestHeaders(), "text/html")
        && mediaType(exchange.responseHeaders().getOrDefault("content-type", List.of(""))).equals("text/html")) {
      return List.of(); // a browser navigating to a route of the dashboard: its app, not the API
    }
    if (operation.isMissingNode()) {
      // no such route: API Gateway's own 404 (or a 401 before routing)
      checkResponse(exchange, document.path("components").path("responses").path("Error"), "#/components/responses/Error",
          problems);
      return problems;
    }
    where += "/" + method;
    if (exchange.status() >= 200 && exchange.status() < 300) {
      checkRequest(exchange, pathItem, operation, match.get(), where, problems);
    }
    JsonNode responses = operation.path("responses");
    String status = Integer.toString(exchange.status());
    String key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
        : responses.has("default") ? "default" : null;
    if (key == null) {
      problems.add("the document has no response " + status + " (nor default) for this operation");
      return problems;
    }
    checkResponse(exchange, responses.path(key), where + "/responses/" + escape(key), problems);
    return problems;
  }

  record Match(PathTemplate template, Map<String, String> pathParameters) {
  }

  Optional<Match> match(String rawPath) {
    for (PathTemplate template : paths) {
      var matcher = template.pattern().matcher(rawPath);
      if (matcher.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < template.names().size(); i++) {
          values.put(template.names().get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
        }
        return Optional.of(new Match(template, values));
      }
    }
    return Optional.empty();
  }

  private void checkRequest(Exchange exchange, JsonNode pathItem, JsonNode operation, Match match, String where,
                            List<String> problems) {
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
      for (JsonNode parameter : list) {
        JsonNode p = resolve(parameter);
        parameters.put(p.path("in").asText() + ":" + p.path("name").asText().toLowerCase(Locale.ROOT), parameter);
      }
    }
    Map<String, List<String>> query = query(exchange.uri().getRawQuery());
    query.forEach((name, values) -> {
      if (!parameters.containsKey("query:" + name.toLowerCase(Locale.ROOT))) {
        problems.add("query parameter " + name + " is not in the document");
      }
    });
    parameters.forEach((key, parameterNode) -> {
      JsonNode parameter = resolve(parameterNode);
      String name = parameter.path("name").asText();
      List<String> values = switch (parameter.path("in").asText()) {
        case "query" -> query.getOrDefault(name, List.of());
        case "path" -> Optional.ofNullable(match.pathParameters().get(name)).map(List::of).orElse(List.of());
        case "header" -> exchange.requestHeaders().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        default -> List.of();
      };
      if (values.isEmpty()) {
        if (parameter.path("required").asBoolean()) {
          problems.add(parameter.path("in").asText() + " parameter " + name + " is required");
        }
        return;
      }
      if (values.size() > 1) {
        problems.add(parameter.path("in").asText() + " parameter " + name + " is given " + values.size() + " times");
      }
      JsonNode schema = parameter.path("schema");
      String schemaWhere = pointerOf(parameterNode, where) + "/schema";
      for (String value : values) {
        validate(schema, schemaWhere, typed(resolveSchema(schema), value), parameter.path("in").asText() + " parameter " + name,
            problems);
      }
    });
    JsonNode requestBody = operation.path("requestBody");
    String bodyWhere = requestBody.has("$ref") ? requestBody.path("$ref").asText() : where + "/requestBody";
    JsonNode body = resolve(requestBody);
    boolean sent = exchange.requestBody() != null && !exchange.requestBody().isEmpty();
    if (body.isMissingNode()) {
      if (sent) {
        problems.add("the operation takes no body, but one was sent");
      }
      return;
    }
    if (!sent) {
      if (body.path("required").asBoolean()) {
        problems.add("the body is required");
      }
      return;
    }
    String contentType = mediaType(exchange.requestHeaders().getOrDefault("content-type", List.of("application/json")));
    if (!body.path("content").has(contentType)) {
      problems.add("the request's content type " + contentType + " is not in the document");
      return;
    }
    JsonNode json;
    try {
      json = Json.parse(exchange.requestBody());
    } catch (UncheckedIOException e) {
      problems.add("the request body is not JSON");
      return;
    }
    validate(body.path("content").path(contentType).path("schema"),
        bodyWhere + "/content/" + escape(contentType) + "/schema", json, "request body", problems);
  }

  private void checkResponse(Exchange exchange, JsonNode responseNode, String where, List<String> problems) {
    JsonNode response = resolve(responseNode);
    String responseWhere = responseNode.has("$ref") ? responseNode.path("$ref").asText() : where;
    boolean hasBody = exchange.responseBody() != null && !exchange.responseBody().isEmpty();
    if (!response.has("content")) {
      if (hasBody) {
        problems.add("the document gives response " + exchange.status() + " no body, but one came");
      }
      return;
    }
    List<String> contentTypes = exchange.responseHeaders().getOrDefault("content-type", List.of());
    if (contentTypes.isEmpty()) {
      problems.add("the response has a body but no content type");
      return;
    }
    String contentType = mediaType(contentTypes);
    if (!response.path("content").has(contentType)) {
      problems.add("the response's content type " + contentType + " is not in the document for " + exchange.status());
      return;
    }
    if (contentType.equals("text/csv")) {
      return;
    }
    if (contentType.equals("application/jsonl")) {
      // JSON lines: each line is one value the schema describes
      String[] lines = exchange.responseBody().split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        try {
          validate(response.path("content").path(contentType).path("schema"),
              responseWhere + "/content/" + escape(contentType) + "/schema", Json.parse(lines[i]),
              "response line " + (i + 1), problems);
        } catch (UncheckedIOException e) {
          problems.add("response line " + (i + 1) + " is not JSON");
        }
      }
      return;
    }
    JsonNode json;
    try {
      json = Json.parse(exchange.responseBody());
    } catch (UncheckedIOException e) {
      problems.add("the response body is not JSON");
      return;
    }
    validate(response.path("content").path(contentType).path("schema"),
        responseWhere + "/content/" + escape(contentType) + "/schema", json, "response body", problems);
  }

  private void validate(JsonNode schemaNode, String where, JsonNode value, String what, List<String> problems) {
    Schema schema = schemas.computeIfAbsent(where, w -> {
      // the schema as it stands in the document, so that its relative refs resolve there
      ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
      wrapper.put("$ref", BASE + w);
      Schema s = registry.getSchema(SchemaLocation.of(BASE + "#/x-wrapper"), wrapper);
      s.initializeValidators();
      return s;
    });
    List<Error> errors = schema.validate(value);
    errors.forEach(e -> problems.add(what + ": " + e));
  }

  /** What is wrong with {@code value} under the document's schema at {@code pointer} ({@code #/components/schemas/Task}). */
  List<String> problemsOf(String pointer, JsonNode value) {
    List<String> problems = new ArrayList<>();
    validate(document.at(pointer.substring(1)), pointer, value, pointer, problems);
    return problems;
  }

  /** A query, path or header value as JSON: a number where the schema wants one. */
  private static JsonNode typed(JsonNode schema, String value) {
    String type = schema.path("type").asText("");
    if (type.equals("integer") || type.equals("number")) {
      try {
        return type.equals("integer") ? JsonNodeFactory.instance.numberNode(Long.parseLong(value))
            : JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
      } catch (NumberFormatException e) {
        return JsonNodeFactory.instance.textNode(value);
      }
    }
    if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
    }
    return JsonNodeFactory.instance.textNode(value);
  }

  /** Follows an OpenAPI {@code $ref} (parameters, responses, request bodies) to what it names. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    Set<String> seen = new HashSet<>();
    while (current.has("$ref")) {
      String ref = current.path("$ref").asText();
      if (!ref.startsWith("#/") || !seen.add(ref)) {
        throw new IllegalStateException("cannot follow $ref " + ref);
      }
      current = document.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalStateException("$ref " + ref + " names nothing in the document");
      }
    }
    return current;
  }

  private JsonNode resolveSchema(JsonNode schema) {
    return schema.has("$ref") && schema.path("$ref").asText().startsWith("#/") ? resolve(schema) : schema;
  }

  private String pointerOf(JsonNode parameterNode, String where) {
    if (parameterNode.has("$ref")) {
      return parameterNode.path("$ref").asText();
    }
    // an inline parameter: find it under the operation or its path item
    String operationPointer = where.substring(1);
    String pathItemPointer = operationPointer.substring(0, operationPointer.lastIndexOf('/'));
    for (String owner : List.of(operationPointer, pathItemPointer)) {
      JsonNode list = document.at(owner + "/parameters");
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == parameterNode || list.get(i).equals(parameterNode)) {
          return "#" + owner + "/parameters/" + i;
        }
      }
    }
    throw new IllegalStateException("cannot place a parameter of " + where);
  }

  private static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static boolean accepts(Map<String, List<String>> headers, String mediaType) {
    return headers.getOrDefault("accept", List.of()).stream().anyMatch(accept -> accept.contains(mediaType));
  }

  private static String mediaType(List<String> contentTypes) {
    return contentTypes.get(0).split(";")[0].trim().toLowerCase(Locale.ROOT);
  }

  /** A JSON Pointer segment, percent-encoded where a URI fragment needs it. */
  static String escape(String segment) {
    String pointer = segment.replace("~", "~0").replace("/", "~1");
    return pointer.replace("{", "%7B").replace("}", "%7D");
  }

  /** Every {@code METHOD /path} the document describes. */
  public Set<String> operations() {
    Set<String> operations = new java.util.TreeSet<>();
    document.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (METHODS.contains(method)) {
        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }));
    return operations;
  }
}
