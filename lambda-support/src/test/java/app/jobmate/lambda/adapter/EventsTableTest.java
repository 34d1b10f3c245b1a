package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.EventsTableItems;
import app.jobmate.testing.LocalDynamoDb;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The events table in dynalite, its commit items written as command-handlers/README.md lays them out. */
class EventsTableTest {

  private static final String TABLE = EventsTableItems.TABLE.name();
  private static final Instant T0 = Instant.parse("2026-11-26T10:15:30Z");

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(EventsTableItems.TABLE);

  private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
  private final String taskId = UUID.randomUUID().toString();

  @Test
  void a_stream_reads_from_a_version_across_commits_in_version_order() {
    List<EventEnvelope> created = List.of(event(tenant, 1, "TaskCreated"), event(tenant, 2, "TaskAssigned"));
    store(1, created);
    store(2, List.of(event(tenant, 3, "TaskStarted")));
    EventsTable events = new EventsTable(dynamoDb.client(), TABLE);

    assertThat(events.read(new StreamId(tenant, "task", taskId), 1)).extracting(EventEnvelope::version).containsExactly(1L, 2L, 3L);
    assertThat(events.read(new StreamId(tenant, "task", taskId), 2)).extracting(EventEnvelope::eventType)
        .containsExactly("TaskAssigned", "TaskStarted");
    assertThat(events.read(new StreamId(tenant, "task", taskId), 4)).isEmpty();
    assertThat(json(events.read(new StreamId(tenant, "task", taskId), 1).subList(0, 2))).isEqualTo(json(created));
  }

  @Test
  void a_stream_longer_than_a_page_is_read_whole() {
    List<EventEnvelope> all = new ArrayList<>();
    for (int commit = 1; commit <= 7; commit++) {
      List<EventEnvelope> events = List.of(event(tenant, 2L * commit - 1, "TaskChanged"), event(tenant, 2L * commit, "TaskChanged"));
      store(commit, events);
      all.addAll(events);
    }

    List<EventEnvelope> read = new EventsTable(dynamoDb.client(), TABLE, 2).read(new StreamId(tenant, "task", taskId), 4);

    assertThat(read).extracting(EventEnvelope::version).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
    assertThat(json(read)).isEqualTo(json(all.subList(3, all.size())));
  }

  @Test
  void an_unknown_stream_reads_empty_and_another_tenants_stream_of_the_same_id_is_not_mixed_in() {
    TenantId other = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
    store(1, List.of(event(tenant, 1, "TaskCreated")));
    store(1, List.of(event(other, 1, "TaskCreated"), event(other, 2, "TaskAssigned")));
    EventsTable events = new EventsTable(dynamoDb.client(), TABLE);

    assertThat(events.read(new StreamId(TenantId.of("t-nobody"), "task", taskId), 1)).isEmpty();
    assertThat(events.read(new StreamId(tenant, "task", taskId), 1)).hasSize(1).allMatch(e -> e.tenantId().equals(tenant));
    assertThat(events.read(new StreamId(other, "task", taskId), 1)).hasSize(2).allMatch(e -> e.tenantId().equals(other));
  }

  @Test
  void a_commit_whose_events_cannot_be_read_is_an_error_naming_it() {
    Map<String, AttributeValue> item = new java.util.HashMap<>(EventsTable.item(
        EventsTable.StoredCommit.ofEvents(1, "sha256:test", List.of(event(tenant, 1, "TaskCreated")))));
    item.put("events", AttributeValue.fromS("[{\"eventId\": "));
    dynamoDb.client().putItem(r -> r.tableName(TABLE).item(item));

    assertThatThrownBy(() -> new EventsTable(dynamoDb.client(), TABLE).read(new StreamId(tenant, "task", taskId), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("commit 1 of " + new StreamId(tenant, "task", taskId).key());
  }

  private void store(long commit, List<EventEnvelope> events) {
    new EventsTable(dynamoDb.client(), TABLE).putIfNew(EventsTable.StoredCommit.ofEvents(commit, "sha256:test", events));
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
