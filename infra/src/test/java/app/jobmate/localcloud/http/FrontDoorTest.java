package app.jobmate.localcloud.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front door when what it calls fails: the client gets a problem, the local cloud's log gets the stack trace. */
class FrontDoorTest {

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Server server;

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  private URI start(Function<HttpExchange.Request, Optional<HttpExchange.Response>> local,
      Function<HttpExchange.Request, HttpExchange.Response> services) throws Exception {
    server = new Server();
    FrontDoor door = new FrontDoor(local, services, ServerWebSocketContainer.ensure(server), log::add);
    for (String name : List.of(FrontDoor.API_CONNECTOR, FrontDoor.SERVICES_CONNECTOR)) {
      ServerConnector connector = new ServerConnector(server);
      connector.setName(name);
      connector.setHost("127.0.0.1");
      server.addConnector(connector);
    }
    server.setHandler(door);
    server.setErrorHandler(new ProblemErrorHandler(log::add));
    server.start();
    return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
  }

  private HttpResponse<String> get(URI endpoint, String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(endpoint.resolve(path)).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_function_that_throws_inside_the_front_door_is_a_500_problem_and_its_stack_trace_goes_to_the_log_only() throws Exception {
    URI api = start(request -> {
      throw new IllegalStateException("the secret at /home/olivia/.aws is unreadable");
    }, request -> HttpExchange.Response.json(200, "{}"));

    HttpResponse<String> answer = get(api, "/quotes/q-1");

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body()).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("<html");
    JsonNode problem = Json.parse(answer.body());
    assertThat(problem.path("type").asText()).isEqualTo("https://jobmate.app/problems/internal");
    assertThat(problem.path("status").asInt()).isEqualTo(500);
    assertThat(problem.path("instance").asText()).isEqualTo("/quotes/q-1");
    String requestId = problem.path("requestId").asText();
    assertThat(requestId).isNotBlank();
    assertThat(log).singleElement().satisfies(line -> assertThat(line).contains(requestId).contains("GET /quotes/q-1")
        .contains("IllegalStateException: the secret").contains("\tat "));
  }

  @Test
  void a_service_call_that_throws_is_a_500_problem_too() throws Exception {
    start(request -> Optional.empty(), request -> {
      throw new IllegalStateException("dynalite went away");
    });
    URI services = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[1]).getLocalPort());

    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(services.resolve("/"))
        .header("X-Amz-Target", "DynamoDB_20120810.PutItem").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(500);
    assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body()).doesNotContain("dynalite");
    assertThat(log).singleElement().satisfies(line -> assertThat(line).contains("dynalite went away"));
  }

  @Test
  void before_the_api_is_served_a_request_is_a_503_problem() throws Exception {
    URI api = start(request -> Optional.empty(), request -> HttpExchange.Response.json(200, "{}"));

    HttpResponse<String> answer = get(api, "/quotes");

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Json.parse(answer.body()).path("type").asText()).isEqualTo("https://jobmate.app/problems/unavailable");
    assertThat(log).isEmpty();
  }
}
