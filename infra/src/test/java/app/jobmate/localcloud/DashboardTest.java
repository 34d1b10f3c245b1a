package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedLocalCloud.class)
class DashboardTest {

  private static LocalCloud cloud;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
  }

  private static HttpResponse<String> get(String path) {
    return Http.send(Http.to(cloud, path).GET());
  }

  @Test
  void the_built_app_is_served_at_the_root_with_its_content_types_and_caching() {
    HttpResponse<String> index = get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("jobmate-test-dashboard");
    assertThat(index.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(index.headers().firstValue("cache-control")).contains("no-cache");

    HttpResponse<String> bundle = get("/assets/app-3f2a1b.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.headers().firstValue("content-type")).contains("text/javascript; charset=utf-8");
    assertThat(bundle.headers().firstValue("cache-control")).contains("public, max-age=31536000, immutable");

    assertThat(get("/favicon.svg").headers().firstValue("content-type")).contains("image/svg+xml");
  }

  @Test
  void an_unchanged_file_is_not_sent_again() {
    String etag = get("/assets/app-3f2a1b.js").headers().firstValue("etag").orElseThrow();
    HttpResponse<String> again = Http.send(Http.to(cloud, "/assets/app-3f2a1b.js").header("If-None-Match", etag).GET());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void a_browser_navigating_to_an_unknown_route_gets_the_app_but_missing_files_and_api_routes_do_not() {
    HttpResponse<String> deepLink = Http.send(Http.to(cloud, "/quotes/0193-abc/lines").header("Accept", "text/html,*/*;q=0.8").GET());
    assertThat(deepLink.statusCode()).isEqualTo(200);
    assertThat(deepLink.body()).contains("jobmate-test-dashboard");
    assertThat(get("/quotes/0193-abc/lines").statusCode()).as("an API client, not navigating, gets API Gateway's 404").isEqualTo(404);

    HttpResponse<String> missing = get("/assets/missing-123.js");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("{\"message\":\"Not Found\"}");

    HttpResponse<String> api = get("/public/settings");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(Json.parse(api.body()).get("functionName").asText()).as("API routes win").isEqualTo("jobmate-local-SettingsFunction");

    HttpResponse<String> navigating = Http.send(Http.to(cloud, "/public/settings").header("Accept", "text/html").GET());
    assertThat(navigating.body()).as("a browser navigating to a path the API has too gets the app: they share the port")
        .contains("jobmate-test-dashboard");

    assertThat(get("/../../pom.xml").body()).doesNotContain("<project");
  }

  @Test
  void config_json_tells_the_dashboard_where_the_api_websocket_and_sign_in_are() {
    HttpResponse<String> response = get("/config.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("cache-control")).contains("no-store");
    JsonNode config = Json.parse(response.body());
    String host = cloud.endpoints().api().getAuthority();
    assertThat(config.get("apiBaseUrl").asText()).isEqualTo("http://" + host);
    assertThat(config.get("webSocketUrl").asText()).isEqualTo("ws://" + host + "/ws");
    assertThat(config.get("signInUrl").asText()).isEqualTo("http://" + host + "/local/sign-in");
    assertThat(config.get("signInMode").asText()).as("the local issuer's sign-in, not the user pool's").isEqualTo("local");
    assertThat(config.get("issuer").asText()).isEqualTo(cloud.endpoints().issuer());
    assertThat(config.get("clientId").asText()).isEqualTo(cloud.endpoints().clientId());
    assertThat(config.get("region").asText()).isEqualTo("eu-west-2");
  }

  @Test
  void the_api_document_is_served_as_json_and_rendered_for_people_with_nothing_from_the_internet() {
    HttpResponse<String> document = get("/openapi.json");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("content-type")).contains("application/json");
    assertThat(Json.parse(document.body())).isEqualTo(app.jobmate.localcloud.contract.OpenApiContract.document());

    HttpResponse<String> page = get("/api-docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(page.body()).contains("fetch('/openapi.json')").doesNotContain("https://").doesNotContain("http://");
  }
}
