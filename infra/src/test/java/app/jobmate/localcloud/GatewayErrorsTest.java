package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the local gateway answers when it refuses a request itself: problem details, as the API's functions answer. */
@ExtendWith(SharedLocalCloud.class)
class GatewayErrorsTest {

  private static LocalCloud cloud;
  private static URI api;

  @BeforeAll
  static void find(LocalCloud shared) {
    cloud = shared;
    api = cloud.endpoints().api();
  }

  static JsonNode assertProblem(int status, String contentType, String body) {
    assertThat(contentType).startsWith("application/problem+json");
    assertThat(body).doesNotContain("<html").doesNotContain("<h2>").doesNotContain("org.eclipse").doesNotContain("\tat ");
    JsonNode problem = Json.parse(body);
    assertThat(problem.path("type").asText()).startsWith("https://jobmate.app/problems/");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).isNotBlank();
    return problem;
  }

  private static JsonNode assertProblem(RawHttp.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return assertProblem(status, answer.headers().getOrDefault("content-type", ""), answer.body());
  }

  @Test
  void an_encoded_path_that_climbs_out_of_its_route_is_a_400_problem_even_for_a_browser_asking_for_html() {
    RawHttp.Answer answer = RawHttp.send(api, "GET /quotes/..%2F..%2Fetc HTTP/1.1\r\nAccept: text/html\r\n");

    JsonNode problem = assertProblem(answer, 400);
    assertThat(problem.path("type").asText()).isEqualTo("https://jobmate.app/problems/malformed-request");
  }

  @Test
  void a_refusal_after_which_the_gateway_closes_the_connection_says_so_to_a_keep_alive_client() {
    // a NUL in the path: Jetty refuses the request and drops the connection; without Connection: close,
    // a client that keeps connections alive sent its next request into the closed socket and got no answer
    String[][] requests = {{"GET /echo/%00 HTTP/1.1\r\n", ""},
        {"POST /echo/a%00b HTTP/1.1\r\nContent-Type: application/json\r\n", "{\"title\": \"Rewire\"}"},
        {"GET /quotes/..%2F..%2Fetc HTTP/1.1\r\n", ""}};
    for (String[] request : requests) {
      RawHttp.Answer answer = RawHttp.sendKeepingAlive(api, request[0], request[1]);

      assertProblem(answer, 400);
      assertThat(answer.headers().get("connection")).as(request[0]).isEqualTo("close");
    }
  }

  @Test
  void a_uri_of_9_kb_is_a_414_problem() {
    RawHttp.Answer answer = RawHttp.send(api, "GET /quotes?q=" + "a".repeat(9 * 1024) + " HTTP/1.1\r\n");

    JsonNode problem = assertProblem(answer, 414);
    assertThat(problem.path("type").asText()).isEqualTo("https://jobmate.app/problems/uri-too-long");
  }

  @Test
  void headers_of_20_kb_are_a_431_problem() {
    RawHttp.Answer answer = RawHttp.send(api, "GET /quotes HTTP/1.1\r\nX-Padding: " + "b".repeat(20 * 1024) + "\r\n");

    JsonNode problem = assertProblem(answer, 431);
    assertThat(problem.path("type").asText()).isEqualTo("https://jobmate.app/problems/request-header-fields-too-large");
  }

  @Test
  void a_plain_request_to_the_websocket_address_is_a_426_problem() {
    HttpResponse<String> answer = Http.send(Http.to(cloud, "/ws").GET());

    assertThat(answer.statusCode()).isEqualTo(426);
    JsonNode problem = assertProblem(426, answer.headers().firstValue("content-type").orElse(""), answer.body());
    assertThat(problem.path("type").asText()).isEqualTo("https://jobmate.app/problems/upgrade-required");
  }

  @Test
  void a_request_line_that_is_not_http_is_a_400_problem() {
    RawHttp.Answer answer = RawHttp.send(api, "GET /quotes HTTP/1.1\r\nBad Header Name: x\r\n");

    assertProblem(answer, 400);
  }
}
