package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.TestEvents.QUOTE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.failed;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.apigateway.FakeManagementApi;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.adapter.memory.InMemoryFlushScheduler;
import app.jobmate.notifications.adapter.memory.InMemoryPendingNotices;
import app.jobmate.notifications.adapter.sqs.FlushMessage;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.PushService;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/** SQS batches from the flush queue, each naming a subject: folded from the store, sent through PostToConnection. */
class PushFlushFunctionTest {

  private static final List<String> MESSAGE_IDS = List.of("2e1424d4-f796-459a-8184-9c92662be6da",
      "6c0b0b9f-8d38-4d0c-a4b1-0f5e1c2b7a93", "a8f1b7d2-3c4e-4f5a-9b6c-7d8e9f0a1b2c",
      "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a", "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c");
  private static final String TASK_FLUSH = FlushMessage.write(new StreamId(ACME, "task", TASK.toString()));
  private static final String QUOTE_FLUSH = FlushMessage.write(new StreamId(ACME, "quote", QUOTE.toString()));

  private final FakeManagementApi api = FakeManagementApi.start();
  private final ApiGatewayManagementApiClient client = api.client();
  private final TestClock clock = new TestClock(TestEvents.NOW);
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final InMemoryFlushScheduler flushes = new InMemoryFlushScheduler(clock, Duration.ofSeconds(2));
  private final PushFlushFunction function = new PushFlushFunction(new PushService(
      Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits()), registry, history,
      new InMemoryPendingNotices(clock, Duration.ofSeconds(62)), flushes,
      new ApiGatewayConnections(client), EventCodec.standard()));

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
  void a_flush_reaches_the_assignee_and_the_owner_through_post_to_connection() {
    storeTaskAndQuote();

    SQSBatchResponse response = handle(TASK_FLUSH, QUOTE_FLUSH);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(api.received(alicePhone.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("task.assigned"))
        .satisfies(m -> assertThat(json(m).get("title").asText()).isEqualTo("Service the boiler"));
    assertThat(api.received(aliceTablet.id().value())).hasSize(1);
    assertThat(api.received(ownerDesk.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("quote.viewed"))
        .satisfies(m -> assertThat(json(m).get("title").asText()).isEqualTo("Kitchen refit"));
  }

  @Test
  void a_connection_answering_410_gone_is_deleted_and_the_other_recipients_still_get_theirs() {
    storeTaskAndQuote();
    api.markGone(alicePhone.id().value());

    SQSBatchResponse response = handle(TASK_FLUSH, QUOTE_FLUSH);

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(registry.ofUser(ACME, ALICE)).containsExactly(aliceTablet);
    assertThat(api.received(aliceTablet.id().value())).hasSize(1);
    assertThat(api.received(ownerDesk.id().value())).hasSize(1);
  }

  @Test
  void a_connection_of_another_tenant_never_receives_anything() {
    storeTaskAndQuote();

    handle(TASK_FLUSH, QUOTE_FLUSH);

    assertThat(api.attempts()).doesNotContain(globexAlice.id().value());
  }

  @Test
  void only_the_messages_whose_flush_failed_are_reported() {
    storeTaskAndQuote();
    api.markBroken(ownerDesk.id().value());
    flushes.failNext(1);

    SQSBatchResponse response = handle(TASK_FLUSH, QUOTE_FLUSH, TASK_FLUSH);

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(1));
    assertThat(api.received(alicePhone.id().value())).as("a subject named twice is flushed once").hasSize(1);
  }

  @Test
  void a_connection_that_fails_gets_a_resend_of_its_own_which_fails_alone_until_it_is_delivered() {
    storeTaskAndQuote();
    api.markBroken(ownerDesk.id().value());

    assertThat(handle(TASK_FLUSH, QUOTE_FLUSH).getBatchItemFailures()).as("the flushes settle").isEmpty();
    List<String> resends = flushes.takeResends().stream().map(FlushMessage::write).toList();
    assertThat(resends).singleElement().satisfies(body -> {
      assertThat(json(body).get("resendTo").asText()).isEqualTo(ownerDesk.id().value());
      assertThat(json(json(body).get("message").asText()).get("type").asText()).isEqualTo("quote.viewed");
    });

    SQSBatchResponse stillBroken = handle(resends.getFirst(), TASK_FLUSH);
    assertThat(failed(stillBroken)).containsExactly(MESSAGE_IDS.get(0));
    api.markRepaired(ownerDesk.id().value());
    assertThat(handle(resends.getFirst()).getBatchItemFailures()).isEmpty();

    assertThat(api.received(ownerDesk.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("quote.viewed"));
    assertThat(api.received(alicePhone.id().value())).as("nobody else is told twice").hasSize(1);
  }

  @Test
  void a_malformed_flush_message_is_reported_alone() {
    storeTaskAndQuote();

    SQSBatchResponse response = handle("this is not JSON", "{\"tenantId\":\"t-acme\",\"streamType\":\"task\"}",
        "{\"tenantId\":\"not a tenant!\",\"streamType\":\"task\",\"streamId\":\"x\"}", TASK_FLUSH,
        "{\"tenantId\":\"t-acme\",\"resendTo\":\"abc=\"}");

    assertThat(failed(response)).containsExactly(MESSAGE_IDS.get(0), MESSAGE_IDS.get(1), MESSAGE_IDS.get(2),
        MESSAGE_IDS.get(4));
    assertThat(api.received(alicePhone.id().value())).singleElement()
        .satisfies(m -> assertThat(json(m).get("type").asText()).isEqualTo("task.assigned"));
  }

  @Test
  void an_event_stored_at_an_old_schema_version_is_read_as_the_current_one() {
    ObjectNode v1 = EventJson.mapper().createObjectNode()
        .put("quoteId", QUOTE.toString()).put("declinedAt", "2026-11-26T10:15:30Z").put("reason", "Too dear");
    EventEnvelope declinedV1 = TestEvents.quote(2, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()
        .upcastTo("QuoteDeclined", 1, v1);
    history.append(List.of(TestEvents.quote(1, TestEvents.quoteDrafted()).envelope()));
    history.append(List.of(declinedV1));

    SQSBatchResponse response = handle(QUOTE_FLUSH);

    assertThat(response.getBatchItemFailures()).isEmpty();
    JsonNode declined = json(api.received(ownerDesk.id().value()).getFirst());
    assertThat(declined.get("type").asText()).isEqualTo("quote.declined");
    assertThat(declined.get("title").asText()).isEqualTo("Kitchen refit");
    assertThat(declined.get("reason").asText()).isEqualTo("other");
    assertThat(declined.get("note").asText()).isEqualTo("Too dear");
  }

  private void storeTaskAndQuote() {
    history.append(List.of(TestEvents.task(1, taskCreated()), TestEvents.task(2, new TaskAssigned(TASK, ALICE)))
        .stream().map(Delivered::envelope).toList());
    history.append(List.of(TestEvents.quote(1, TestEvents.quoteDrafted()).envelope()));
    history.append(List.of(TestEvents.quote(2, new QuoteViewed(QUOTE, TestEvents.NOW)).envelope()));
  }

  private SQSBatchResponse handle(String... bodies) {
    return function.handleRequest(LambdaEvents.sqs("sqs-flush-event.json", bodies), new TestContext());
  }

  private Connection connect(TenantId tenant, UserId user, Role... roles) {
    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 15) + "=";
    Connection connection = new Connection(ConnectionId.of(id), tenant, user, Set.of(roles), TestEvents.NOW);
    registry.add(connection);
    return connection;
  }
}
