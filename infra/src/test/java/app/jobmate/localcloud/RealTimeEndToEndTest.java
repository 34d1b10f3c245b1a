package app.jobmate.localcloud;

import app.jobmate.commands.core.UuidV7;
import static app.jobmate.localcloud.QuotesEndToEndTest.TEMPLATE;
import static app.jobmate.localcloud.QuotesEndToEndTest.command;
import static app.jobmate.localcloud.QuotesEndToEndTest.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.localcloud.demo.DemoData;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.connections.Caller;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Real time, end to end on Jobmate's template: real WebSocket clients of two staff of one tenant
 * and a user of another connect through the authorizer; commands over HTTP go through the relay,
 * the bus, the push rule and queue and the push function to the connections they concern.
 */
class RealTimeEndToEndTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static LocalCloud cloud;
  private static String owner;
  private static Client sam;
  private static Client sophie;
  private static Client ben;

  @BeforeAll
  static void connect() throws Exception {
    cloud = start(TEMPLATE);
    DemoData.recordTeams(cloud);
    owner = Http.signIn(cloud, "olivia@acme.example");
    sam = Client.connect(cloud, "sam@acme.example");
    sophie = Client.connect(cloud, "sophie@acme.example");
    ben = Client.connect(cloud, "ben@brightside.example");
  }

  @AfterAll
  static void close() {
    if (cloud != null) {
      cloud.close();
    }
  }

  @Test
  void a_task_assigned_to_sam_reaches_sam_and_no_one_else() throws Exception {
    String task = createTask("Replace the radiator valve", sam.userId);

    JsonNode message = sam.awaitAbout(task, "task.assigned");
    assertThat(message.path("title").asText()).isEqualTo("Replace the radiator valve");
    assertThat(message.toString()).as("staff see no prices").doesNotContain("gross", "unitPrice");

    drained();
    assertThat(sam.about(task)).hasSize(1);
    assertThat(sophie.about(task)).as("Sophie").isEmpty();
    assertThat(ben.all()).as("Ben, of another business, is never told anything of Acme's").isEmpty();
  }

  @Test
  void a_task_reassigned_leaves_one_list_and_joins_the_other() throws Exception {
    String task = createTask("Bleed the system", sam.userId);
    sam.awaitAbout(task, "task.assigned");
    drained();

    command(cloud, owner, "PUT", "/tasks/" + task + "/assignee", "{\"assignee\": \"" + sophie.userId + "\"}", 200);

    sophie.awaitAbout(task, "task.assigned");
    sam.awaitAbout(task, "task.removed");
    drained();
    assertThat(ben.all()).isEmpty();
  }

  @Test
  void a_burst_of_changes_to_one_task_arrives_as_one_message() throws Exception {
    String task = createTask("Service the boiler", sam.userId);
    sam.awaitAbout(task, "task.assigned");
    drained();
    int before = sam.about(task).size();

    for (int i = 1; i <= 5; i++) {
      command(cloud, owner, "PUT", "/tasks/" + task, """
          {"title": "Service the boiler (%d)", "priority": "high"}""".formatted(i), 200);
    }

    sam.awaitAbout(task, "task.changed");
    drained();
    List<JsonNode> afterTheBurst = sam.about(task).subList(before, sam.about(task).size());
    assertThat(afterTheBurst).as("one message for five changes").hasSize(1);
    assertThat(afterTheBurst.getFirst().path("title").asText()).isEqualTo("Service the boiler (5)");
  }

  @Test
  void a_connection_that_went_away_without_a_word_is_forgotten_on_the_next_push() throws Exception {
    // API Gateway's $disconnect is best effort: a phone that lost its signal can stay in the registry
    try (DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      DynamoDbConnectionRegistry registry = new DynamoDbConnectionRegistry(dynamoDb, cloud.tableName("ConnectionsTable"));
      ConnectionId gone = new ConnectionId("gone-" + UUID.randomUUID().toString().substring(0, 8) + "=");
      registry.add(Connection.of(gone, new Caller(TenantId.of("t-acme"), UserId.of(sam.userId), Set.of(Role.STAFF)),
          Instant.now()));
      assertThat(registry.ofUser(TenantId.of("t-acme"), UserId.of(sam.userId))).extracting(Connection::id).contains(gone);

      String task = createTask("Check the pressure", sam.userId);

      sam.awaitAbout(task, "task.assigned");
      Poll.until("the gone connection is forgotten", PATIENCE,
          () -> registry.ofUser(TenantId.of("t-acme"), UserId.of(sam.userId)).stream().noneMatch(c -> c.id().equals(gone)));
    }
  }

  @Test
  void a_connection_without_a_valid_token_is_refused() {
    URI ws = cloud.endpoints().webSocket().orElseThrow();
    WebSocketHandshakeException noToken = handshakeFailure(ws);
    WebSocketHandshakeException badToken = handshakeFailure(URI.create(ws + "?token=not.a.token"));
    WebSocketHandshakeException idToken = handshakeFailure(URI.create(ws + "?token=" + idToken()));

    assertThat(noToken.getResponse().statusCode()).isEqualTo(401);
    assertThat(badToken.getResponse().statusCode()).isEqualTo(403);
    assertThat(idToken.getResponse().statusCode()).as("an id token where an access token is needed").isEqualTo(403);
  }

  @Test
  void a_ping_is_answered() throws Exception {
    sophie.socket.sendText("{\"action\":\"ping\"}", true).get(10, TimeUnit.SECONDS);
    Poll.until("the pong", PATIENCE, () -> sophie.all().stream().anyMatch(m -> m.path("type").asText().equals("pong")));
  }

  private static String createTask(String title, String assignee) {
    String task = UuidV7.at(Instant.now()).toString();
    command(cloud, owner, "POST", "/tasks", """
        {"taskId": "%s", "title": "%s", "priority": "normal", "assignee": "%s"}""".formatted(task, title, assignee), 201);
    return task;
  }

  private static void drained() throws Exception {
    cloud.awaitDrained(PATIENCE);
  }

  private static WebSocketHandshakeException handshakeFailure(URI uri) {
    CompletionException failure = catchThrowableOfType(CompletionException.class, () -> HttpClient.newHttpClient()
        .newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).join());
    assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    return (WebSocketHandshakeException) failure.getCause();
  }

  private static String idToken() {
    var response = Http.send(Http.to(cloud, "/local/sign-in").header("content-type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"sam@acme.example\",\"password\":\""
            + app.jobmate.localcloud.identity.UserDirectory.DEMO_PASSWORD + "\"}")));
    return Json.parse(response.body()).get("idToken").asText();
  }

  /** A signed-in person's device: a real WebSocket client keeping what it is told. */
  static final class Client implements WebSocket.Listener {
    final String userId;
    private final List<JsonNode> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    private Client(String userId) {
      this.userId = userId;
    }

    static Client connect(LocalCloud cloud, String username) {
      String token = Http.signIn(cloud, username);
      Client client = new Client(subjectOf(token));
      client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create(cloud.endpoints().webSocket().orElseThrow() + "?token=" + token), client).join();
      return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(Json.parse(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    /** The latest message about a task, once its type is {@code type}. */
    JsonNode awaitAbout(String taskId, String type) {
      return Poll.value(userId + " is told " + type + " about " + taskId, PATIENCE,
          () -> about(taskId).isEmpty() ? null : about(taskId).getLast(),
          latest -> latest != null && latest.path("type").asText().equals(type));
    }

    List<JsonNode> about(String taskId) {
      return messages.stream().filter(m -> m.path("taskId").asText().equals(taskId)).toList();
    }

    List<JsonNode> all() {
      return List.copyOf(messages);
    }

    private static String subjectOf(String accessToken) {
      String payload = accessToken.split("\\.")[1];
      return Json.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).get("sub").asText();
    }
  }
}
