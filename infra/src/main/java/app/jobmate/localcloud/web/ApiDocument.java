package app.jobmate.localcloud.web;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.http.HttpExchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The HTTP API's OpenAPI 3.1 document ({@code openapi.yaml} on the classpath, kept in
 * {@code infra/src/main/resources}), served as JSON at {@code GET /openapi.json} and rendered for people
 * at {@code GET /api-docs} by a small page that ships with the local cloud (nothing is fetched from
 * the internet).
 */
public final class ApiDocument {

  public static final String RESOURCE = "openapi.yaml";
  private static final String PAGE = "web/api-docs.html";

  private final byte[] json;
  private final byte[] page;

  private ApiDocument(byte[] json, byte[] page) {
    this.json = json;
    this.page = page;
  }

  /** The document on the classpath, or empty when this build has none. */
  public static Optional<ApiDocument> fromClasspath() {
    Optional<byte[]> yaml = resource(RESOURCE);
    return yaml.map(y -> new ApiDocument(Json.bytes(read(new String(y, StandardCharsets.UTF_8))),
        resource(PAGE).orElseThrow(() -> new IllegalStateException(PAGE + " is missing beside " + RESOURCE))));
  }

  /** The document as a JSON tree. */
  public static JsonNode read(String yaml) {
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return Json.MAPPER.valueToTree(tree);
  }

  public JsonNode json() {
    return Json.parse(json);
  }

  /** {@code GET /openapi.json} and {@code GET /api-docs}; else empty. */
  public Optional<HttpExchange.Response> answer(HttpExchange.Request request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Optional.empty();
    }
    return switch (request.rawPath()) {
      case "/openapi.json" -> Optional.of(response("application/json", json));
      case "/api-docs", "/api-docs/" -> Optional.of(response("text/html; charset=utf-8", page));
      default -> Optional.empty();
    };
  }

  private static HttpExchange.Response response(String contentType, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", new ArrayList<>(List.of(contentType)));
    headers.put("cache-control", new ArrayList<>(List.of("no-cache")));
    headers.put("access-control-allow-origin", new ArrayList<>(List.of("*")));
    headers.put("x-content-type-options", new ArrayList<>(List.of("nosniff")));
    return new HttpExchange.Response(200, headers, body);
  }

  private static Optional<byte[]> resource(String name) {
    try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
