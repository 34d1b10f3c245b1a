package app.jobmate.localcloud.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.template.CloudFormationYaml;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  private static final OpenApiContract CONTRACT = OpenApiContract.instance();
  private static final String QUOTE = "01900000-0000-7000-8000-000000000001";

  @Test
  void the_template_routes_and_the_document_operations_are_the_same_both_ways() {
    Set<String> routes = new TreeSet<>();
    JsonNode template = CloudFormationYaml.read(Path.of("template.yaml"));
    template.path("Resources").properties().forEach(resource -> resource.getValue().path("Properties").path("Events")
        .properties().forEach(event -> {
          if (event.getValue().path("Type").asText().equals("HttpApi")) {
            JsonNode http = event.getValue().path("Properties");
            routes.add(http.path("Method").asText().toUpperCase(Locale.ROOT) + " " + http.path("Path").asText());
          }
        }));

    assertThat(routes).as("the template's HTTP API routes").isNotEmpty();
    assertThat(CONTRACT.operations()).as("routes the document describes but the template does not have")
        .isSubsetOf(routes);
    assertThat(routes).as("routes of the template the document does not describe").isSubsetOf(CONTRACT.operations());
  }

  @Test
  void every_reference_of_the_document_names_something_and_every_schema_compiles() {
    JsonNode document = OpenApiContract.document();
    List<String> refs = new ArrayList<>();
    collectRefs(document, refs);
    assertThat(refs).isNotEmpty();
    refs.forEach(ref -> assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
    assertThat(document.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
        .as("every field of lambda-support's Problem").containsExactlyInAnyOrder("type", "title", "status", "detail",
            "instance", "code", "requestId", "errors");
    assertThat(document.at("/components/schemas/FieldError/properties").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("field", "pointer", "detail");
    document.path("components").path("schemas").fieldNames().forEachRemaining(name ->
        assertThat(CONTRACT.problemsOf("#/components/schemas/" + name, app.jobmate.localcloud.Json.parse("[]")))
            .as("an array is no " + name).isNotEmpty());
  }

  @Test
  void a_taken_request_the_document_does_not_allow_is_a_departure() {
    var exchange = exchange("POST", "/quotes/" + QUOTE + "/issue?force=true", "", 200, "application/json",
        "{\"streamId\":\"quote-" + QUOTE + "\",\"version\":3}");
    assertThat(CONTRACT.problems(exchange)).singleElement().asString().contains("query parameter force");

    var body = exchange("POST", "/quotes/" + QUOTE + "/decline", "{\"reason\":\"too-dear\"}", 200, "application/json",
        "{\"streamId\":\"quote-" + QUOTE + "\",\"version\":3}");
    assertThat(CONTRACT.problems(body)).singleElement().asString().contains("request body").contains("reason");
  }

  @Test
  void a_refused_request_is_not_held_to_the_document_but_its_answer_is() {
    var refused = exchange("POST", "/quotes/" + QUOTE + "/decline", "{\"reason\":\"too-dear\"}", 400,
        "application/problem+json", "{\"type\":\"https://jobmate.app/problems/invalid-input\",\"title\":\"Invalid input\","
            + "\"status\":400,\"errors\":[{\"field\":\"reason\",\"pointer\":\"#/reason\",\"detail\":\"unknown\"}]}");
    assertThat(CONTRACT.problems(refused)).isEmpty();

    var unnamedField = exchange("POST", "/quotes/" + QUOTE + "/decline", "{}", 400, "application/problem+json",
        "{\"type\":\"https://jobmate.app/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
            + "\"errors\":[{\"pointer\":\"#/reason\"}]}");
    assertThat(CONTRACT.problems(unnamedField)).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("response body"));
  }

  @Test
  void an_answer_missing_what_the_document_promises_is_a_departure() {
    var noVersion = exchange("POST", "/quotes/" + QUOTE + "/issue", "", 200, "application/json",
        "{\"streamId\":\"quote-" + QUOTE + "\"}");
    assertThat(CONTRACT.problems(noVersion)).singleElement().asString().contains("version");

    var wrongType = exchange("GET", "/quotes/" + QUOTE, "", 200, "text/plain", "hello");
    assertThat(CONTRACT.problems(wrongType)).singleElement().asString().contains("text/plain");

    var gateway = exchange("GET", "/tasks/" + QUOTE + "/nothing-here", "", 404, "application/json", "{\"message\":\"Not Found\"}");
    assertThat(CONTRACT.problems(gateway)).as("not a path of the API: left alone").isEmpty();
    var noRoute = exchange("PATCH", "/tasks/" + QUOTE, "", 404, "application/json", "{\"message\":\"Not Found\"}");
    assertThat(CONTRACT.problems(noRoute)).isEmpty();
    var badGateway = exchange("PATCH", "/tasks/" + QUOTE, "", 404, "application/json", "{\"note\":\"Not Found\"}");
    assertThat(CONTRACT.problems(badGateway)).isNotEmpty();
  }

  @Test
  void check_throws_naming_the_exchange_and_its_departures() {
    var exchange = exchange("GET", "/tasks?colour=red", "", 200, "application/json", "{\"items\":[],\"limit\":25,\"behind\":false}");
    assertThatThrownBy(() -> CONTRACT.check(exchange)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("GET /tasks?colour=red answered 200").hasMessageContaining("query parameter colour");
  }

  @Test
  void a_literal_path_wins_over_a_templated_one() {
    assertThat(CONTRACT.match("/tasks/mine")).get().extracting(m -> m.template().template()).isEqualTo("/tasks/mine");
    assertThat(CONTRACT.match("/tasks/" + QUOTE)).get().extracting(m -> m.template().template()).isEqualTo("/tasks/{taskId}");
    assertThat(CONTRACT.match("/config.json")).isEmpty();
  }

  private static OpenApiContract.Exchange exchange(String method, String pathAndQuery, String body, int status,
                                                   String contentType, String responseBody) {
    return new OpenApiContract.Exchange(method, URI.create("http://127.0.0.1:3000" + pathAndQuery),
        Map.of("content-type", List.of("application/json"), "authorization", List.of("Bearer x")), body, status,
        Map.of("content-type", List.of(contentType)), responseBody);
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("$ref")) {
          refs.add(field.getValue().asText());
        } else {
          collectRefs(field.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
