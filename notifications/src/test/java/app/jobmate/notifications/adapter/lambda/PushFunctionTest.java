package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.apigateway.FakeManagementApi;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemorySummaries;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/** SQS batches whose bodies are EventBridge events, pushed through PostToConnection to a fake management API. */
class PushFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93", "a8f1b7d2-3c4e-4f5a-9b6c-7d8e9f0a1b2c",
      "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a");

  private final FakeManagementApi api = FakeManagementApi.start();
  private final ApiGatewayManagementApiClient client = api.client();
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
  private final PushFunction function = new PushFunction(registry, new InMemorySummaries(),
      new ApiGatewayConnections(client));

  private final Connection alicePhone = connect(ACME, ALICE, Role.STAFF);
  private final Connection aliceTablet = connect(ACME, ALICE, Role.STAFF);
  private final Connection ownerDesk = connect(ACME, OWNER, Role.OWNER);
  // the same user id, with every role, in another business
  private final Connection globexAlice = connect(GLOBEX, ALICE, Role.OWNER, Role.ADMIN, Role.STAFF);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void a_batch_reaches_the_assignee_and_the_owner_through_post_to_connection() {
    SQSBatchResponse response = handle(
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.quote(1, drafted()).envelope()));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(api.received(alicePhone.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("task.assigned"))
        .satisfies(m -> assertThat(json(m).get("title").asText()).isEqualTo("Service the boiler"));
    assertThat(api.received(aliceTablet.id().value())).hasSize(1);
    assertThat(api.received(ownerDesk.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("quote.viewed"));
  }

  @Test
  void a_connection_answering_410_gone_is_deleted_and_the_other_recipients_still_get_theirs() {
    api.markGone(alicePhone.id().value());

    SQSBatchResponse response = handle(
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.quote(1, drafted()).envelope()));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
    assertThat(api.received(aliceTablet.id().value())).hasSize(1);
    assertThat(api.received(ownerDesk.id().value())).hasSize(1);
  }

  @Test
  void a_connection_of_another_tenant_never_receives_an_event() {
    handle(bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.quote(1, drafted()).envelope()));

    assertThat(api.attempts()).doesNotContain(globexAlice.id().value());
  }

  @Test
  void only_the_messages_whose_pushes_failed_are_reported() {
    api.markBroken(ownerDesk.id().value());

    SQSBatchResponse response = handle(
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()),
        bridge(TestEvents.quote(5, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()),
        bridge(TestEvents.quote(1, drafted()).envelope()));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(2));
    assertThat(api.received(alicePhone.id().value())).hasSize(1);
  }

  @Test
  void a_malformed_message_is_reported_alone() {
    EventEnvelope teleported = TestEvents.task(3, new TaskAssigned(TASK, ALICE)).envelope()
        .upcastTo("TaskTeleported", 1, EventJson.mapper().createObjectNode());
    ObjectNode notAnEnvelope = (ObjectNode) json(bridge(TestEvents.task(3, new TaskAssigned(TASK, ALICE)).envelope()));
    ((ObjectNode) notAnEnvelope.get("detail")).remove("tenantId");

    SQSBatchResponse response = handle(
        "this is not JSON",
        notAnEnvelope.toString(),
        bridge(teleported),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()));

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(0), MESSAGE_IDS.get(1), MESSAGE_IDS.get(2));
    assertThat(api.received(alicePhone.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("task.assigned"));
  }

  @Test
  void an_event_stored_at_an_old_schema_version_is_read_as_the_current_one() {
    ObjectNode v1 = EventJson.mapper().createObjectNode()
        .put("quoteId", QUOTE.toString()).put("declinedAt", "2026-11-26T10:15:30Z").put("reason", "Too dear");
    EventEnvelope declinedV1 = TestEvents.quote(6, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()
        .upcastTo("QuoteDeclined", 1, v1);

    SQSBatchResponse response = handle(
        bridge(declinedV1),
        bridge(TestEvents.quote(1, drafted()).envelope()),
        bridge(TestEvents.task(1, taskCreated()).envelope()),
        bridge(TestEvents.task(2, new TaskAssigned(TASK, ALICE)).envelope()));

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode declined = json(api.received(ownerDesk.id().value()).getFirst());
    assertThat(declined.get("type").asText()).isEqualTo("quote.declined");
    assertThat(declined.get("title").asText()).isEqualTo("Kitchen refit");
    assertThat(declined.get("reason").asText()).isEqualTo("other");
    assertThat(declined.get("note").asText()).isEqualTo("Too dear");
  }

  private SQSBatchResponse handle(String... bodies) {
    String json = LambdaEvents.fixture("sqs-event.json");
    for (int i = 0; i < bodies.length; i++) {
      json = json.replace("\"BODY_" + (i + 1) + "\"", quoted(bodies[i]));
    }
    return function.handleRequest(LambdaEvents.read(json, SQSEvent.class), new TestContext());
  }

  /** The EventBridge event the bus delivers to the queue for {@code envelope}, as the outbox relay put it. */
  private static String bridge(EventEnvelope envelope) {
    String source = EventTypes.byName(envelope.eventType()).map(t -> t.source()).orElse("jobmate.tasks");
    try {
      return LambdaEvents.fixture("eventbridge-event.json")
          .replace("EVENT_ID", UUID.randomUUID().toString())
          .replace("DETAIL_TYPE", envelope.eventType())
          .replace("SOURCE", source)
          .replace("TIME", "2026-11-26T10:15:31Z")
          .replace("\"DETAIL\"", EventJson.mapper().writeValueAsString(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static QuoteDrafted drafted() {
    return new QuoteDrafted(QUOTE, CustomerId.of("0193a5b2-7c41-7d2e-9f3a-00000000c001"), null, "Kitchen refit", null,
        null, null, null, null, RoundingPolicy.PER_LINE, 30);
  }

  private static List<String> failed(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
  }

  private Connection connect(TenantId tenant, UserId user, Role... roles) {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 15) + "=";
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(roles), TestEvents.NOW);
    registry.add(connection);
    return connection;
  }

  private static String quoted(String text) {
    try {
      return EventJson.mapper().writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return EventJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
