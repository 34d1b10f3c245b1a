package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.dynalite.Dynalite;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** The events table in dynalite, its commit items written as command-handlers/README.md lays them out. */
class EventsTableTest {

  private static final String TABLE = "events";
  private static final Instant T0 = Instant.parse("2026-11-26T10:15:30Z");
  private static Dynalite dynalite;
  private static DynamoDbClient client;

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
  private final String taskId = UUID.randomUUID().toString();

  @BeforeAll
  static void startDynalite() {
    dynalite = Dynalite.startInMemory();
    client = DynamoDbClient.builder()
        .endpointOverride(dynalite.endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    client.createTable(r -> r.tableName(TABLE)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("stream").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("commit").attributeType(ScalarAttributeType.N).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("stream").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("commit").keyType(KeyType.RANGE).build()));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (client.describeTable(r -> r.tableName(TABLE)).table().tableStatus() != TableStatus.ACTIVE) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the events table is not active");
      }
      Thread.onSpinWait();
    }
  }

  @AfterAll
  static void stopDynalite() {
    if (client != null) {
      client.close();
    }
    if (dynalite != null) {
      dynalite.close();
    }
  }

  @Test
  void a_stream_reads_from_a_version_across_commits_in_version_order() {
    List<EventEnvelope> created = List.of(event(tenant, 1, "TaskCreated"), event(tenant, 2, "TaskAssigned"));
    store(1, created);
    store(2, List.of(event(tenant, 3, "TaskStarted")));
    EventsTable events = new EventsTable(client, TABLE);

    assertThat(events.read(tenant, "task", taskId, 1)).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L);
    assertThat(events.read(tenant, "task", taskId, 2)).extracting(EventEnvelope::eventType)
        .containsExactly("TaskAssigned", "TaskStarted");
    assertThat(events.read(tenant, "task", taskId, 4)).isEmpty();
    assertThat(json(events.read(tenant, "task", taskId, 1).subList(0, 2))).isEqualTo(json(created));
  }

  @Test
  void a_stream_longer_than_a_page_is_read_whole() {
    List<EventEnvelope> all = new ArrayList<>();
    for (int commit = 1; commit <= 7; commit++) {
      List<EventEnvelope> events = List.of(event(tenant, 2L * commit - 1, "TaskChanged"), event(tenant, 2L * commit, "TaskChanged"));
      store(commit, events);
      all.addAll(events);
    }

    List<EventEnvelope> read = new EventsTable(client, TABLE, 2).read(tenant, "task", taskId, 4);

    assertThat(read).extracting(EventEnvelope::version).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
    assertThat(json(read)).isEqualTo(json(all.subList(3, all.size())));
  }

  @Test
  void an_unknown_stream_reads_empty_and_another_tenants_stream_of_the_same_id_is_not_mixed_in() {
    TenantId other = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
    store(1, List.of(event(tenant, 1, "TaskCreated")));
    store(1, List.of(event(other, 1, "TaskCreated"), event(other, 2, "TaskAssigned")));
    EventsTable events = new EventsTable(client, TABLE);

    assertThat(events.read(TenantId.of("t-nobody"), "task", taskId, 1)).isEmpty();
    assertThat(events.read(tenant, "task", taskId, 1)).hasSize(1).allMatch(e -> e.tenantId().equals(tenant));
    assertThat(events.read(other, "task", taskId, 1)).hasSize(2).allMatch(e -> e.tenantId().equals(other));
  }

  @Test
  void a_commit_whose_events_cannot_be_read_is_an_error_naming_it() {
    Map<String, AttributeValue> item = item(1, List.of(event(tenant, 1, "TaskCreated")));
    item.put("events", AttributeValue.fromS("[{\"eventId\": "));
    client.putItem(r -> r.tableName(TABLE).item(item));

    assertThatThrownBy(() -> new EventsTable(client, TABLE).read(tenant, "task", taskId, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("commit 1 of " + EventsTable.streamKey(tenant, "task", taskId));
  }

  private void store(long commit, List<EventEnvelope> events) {
    Map<String, AttributeValue> item = item(commit, events);
    client.putItem(r -> r.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(#s)")
        .expressionAttributeNames(Map.of("#s", "stream")));
  }

  private Map<String, AttributeValue> item(long commit, List<EventEnvelope> events) {
    EventEnvelope first = events.getFirst();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("stream", AttributeValue.fromS(EventsTable.streamKey(first.tenantId(), first.streamType(), first.streamId())));
    item.put("commit", AttributeValue.fromN(Long.toString(commit)));
    item.put("tenantId", AttributeValue.fromS(first.tenantId().value()));
    item.put("streamType", AttributeValue.fromS(first.streamType()));
    item.put("streamId", AttributeValue.fromS(first.streamId()));
    item.put("commandId", AttributeValue.fromS(first.commandId()));
    item.put("payloadHash", AttributeValue.fromS("sha256:test"));
    item.put("actor", AttributeValue.fromS(json(first.actor())));
    item.put("committedAt", AttributeValue.fromS(first.occurredAt().toString()));
    item.put("firstVersion", AttributeValue.fromN(Long.toString(first.version())));
    item.put("lastVersion", AttributeValue.fromN(Long.toString(events.getLast().version())));
    item.put("events", AttributeValue.fromS(json(events)));
    return item;
  }

  private EventEnvelope event(TenantId tenantId, long version, String type) {
    return new EventEnvelope(UUID.randomUUID().toString(), type, 1, tenantId, "task", taskId, version,
        T0.plusSeconds(version), "cmd-" + version, "corr-" + version, null,
        new Actor(UserId.of("u-owner"), List.of(Role.OWNER)),
        EventJson.mapper().createObjectNode().put("taskId", taskId).put("n", version));
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
