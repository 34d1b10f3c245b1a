package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.toys.Recorder;
import app.jobmate.localcloud.websocket.WebSocketGateway;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A template whose WebSocket API is written as plain API Gateway V2 resources (a header identity
 * source, no {@code $default} route), with short connection limits, and scheduled functions run
 * against a clock that starts on the night UK clocks go forward (29 March 2026).
 */
class PlainWebSocketAndSchedulesTest {

  private static final Path TEMPLATE = Path.of("src/test/resources/templates/plain-websocket-and-schedules.yaml");
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final WebSocketGateway.Limits LIMITS = new WebSocketGateway.Limits(Duration.ofSeconds(1), Duration.ofSeconds(3));
  private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-29T00:00:00Z"));
  private static LocalCloud cloud;
  private static String token;

  @BeforeAll
  static void start() throws IOException {
    cloud = LocalCloud.start(TEMPLATE, LocalCloud.Options.in(Files.createTempDirectory("local-cloud-plain"))
        .withWebSocketLimits(LIMITS).withClock(CLOCK).withWebRoot(Path.of("no-such-dashboard")));
    token = Http.signIn(cloud, "ben@brightside.example");
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static WsClient connected() {
    return WsClient.connect(cloud.endpoints().webSocket().orElseThrow(), Map.of("Authorization", "Bearer " + token));
  }

  private static List<JsonNode> received(String function) {
    return Recorder.seen(function).stream().map(Json::parse).toList();
  }

  @Test
  void routes_integrations_authorizer_and_stage_resources_make_the_same_api() {
    assertThat(cloud.endpoints().connections()).as("the local cloud sets Stage to local").contains(URI.create(cloud.endpoints().api() + "/local"));
    assertThat(WsClient.refusal(cloud.endpoints().webSocket().orElseThrow(), Map.of())).isEqualTo(401);
    try (WsClient client = connected()) {
      client.send("{\"type\":\"echo\"}");
      JsonNode echo = Json.parse(client.next());
      assertThat(echo.get("routeKey").asText()).isEqualTo("echo");
      assertThat(echo.get("apiId").asText()).isEqualTo("plainapi");
      assertThat(echo.get("tenantId").asText()).isEqualTo("t-brightside");
    }
  }

  @Test
  void without_a_default_route_an_unmatched_message_gets_api_gateways_forbidden_frame() {
    try (WsClient client = connected()) {
      client.send("{\"type\":\"unknown\"}");
      JsonNode error = Json.parse(client.next());
      assertThat(error.get("message").asText()).isEqualTo("Forbidden");
      assertThat(error.get("connectionId").asText()).isNotBlank();
      assertThat(error.get("requestId").asText()).isNotBlank();
    }
  }

  @Test
  void an_idle_connection_is_closed_as_going_away_and_disconnect_runs() {
    WsClient client = connected();
    assertThat(client.closeStatus()).isEqualTo(1001);
    Poll.until("$disconnect ran for the idle connection", PATIENCE, () -> received("WsConnection").stream()
        .anyMatch(e -> e.at("/requestContext/eventType").asText().equals("DISCONNECT")
            && e.at("/requestContext/disconnectStatusCode").asInt() == 1001));
  }

  @Test
  void a_busy_connection_is_still_closed_at_the_connection_duration_limit() {
    long started = System.nanoTime();
    WsClient client = connected();
    Poll.until("the server closed the connection", PATIENCE, () -> {
      if (!client.isClosed()) {
        client.ping(); // keeps it from going idle
      }
      return client.isClosed();
    });
    assertThat(client.closeStatus()).isEqualTo(1001);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(LIMITS.maxLifetime().minusMillis(100));
  }

  @Test
  void without_a_built_dashboard_the_root_explains_how_to_sign_in() {
    HttpResponse<String> page = Http.send(Http.to(cloud, "/").GET());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
    assertThat(page.body()).contains(cloud.endpoints().api() + "/local/sign-in").contains("/config.json");
    assertThat(Http.send(Http.to(cloud, "/quotes/1").GET()).statusCode()).isEqualTo(404);
  }

  @Test
  void scheduled_functions_run_at_their_times_in_their_time_zones() {
    assertThat(cloud.schedules().summary()).noneMatch(s -> s.contains("Paused"));
    CLOCK.moveTo(Instant.parse("2026-03-29T00:59:58Z"));

    JsonNode nightly = Poll.value("the nightly rule ran at 01:00 UTC", PATIENCE, () -> received("jobmate-local-NightlyFunction").stream()
        .filter(e -> e.path("detail-type").asText().equals("Scheduled Event")).toList(), l -> !l.isEmpty()).getFirst();
    assertThat(nightly.get("source").asText()).isEqualTo("aws.events");
    assertThat(nightly.get("time").asText()).isEqualTo("2026-03-29T01:00:00Z");
    assertThat(nightly.get("account").asText()).isEqualTo("000000000000");
    assertThat(nightly.get("region").asText()).isEqualTo("eu-west-2");
    assertThat(nightly.get("detail").isObject()).isTrue();
    assertThat(nightly.at("/resources/0").asText()).isEqualTo("arn:aws:events:eu-west-2:000000000000:rule/jobmate-local-NightlyFunctionNightly");

    // 02:00 in London on the day the clocks go forward is 01:00 UTC
    JsonNode reminders = Poll.value("the London reminders ran", PATIENCE, () -> received("jobmate-local-RemindersFunction").stream()
        .filter(e -> e.path("job").asText().equals("task-due-today")).toList(), l -> !l.isEmpty()).getFirst();
    assertThat(reminders.get("at").asText()).isEqualTo("2026-03-29T01:00:00Z");
    assertThat(reminders.get("schedule").asText())
        .isEqualTo("arn:aws:scheduler:eu-west-2:000000000000:schedule/default/jobmate-local-RemindersFunctionTaskDueToday");

    Poll.until("the events rule with a schedule delivered its Input", PATIENCE, () -> received("jobmate-local-RemindersFunction")
        .stream().anyMatch(e -> e.path("job").asText().equals("quote-expiry")));
    Poll.until("the rate schedule ran", PATIENCE, () -> received("jobmate-local-NightlyFunction").stream()
        .anyMatch(e -> e.path("job").asText().equals("every-minute")));
    assertThat(received("jobmate-local-NightlyFunction")).noneMatch(e -> e.path("job").asText().equals("paused"));
  }
}
