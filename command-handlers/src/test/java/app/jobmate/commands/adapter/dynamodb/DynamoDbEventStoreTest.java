package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.EventStoreContract;
import app.jobmate.events.StreamId;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.testing.LocalDynamoDb;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

class DynamoDbEventStoreTest extends EventStoreContract {

  private static final String TABLE = TemplateTables.EVENTS.name();

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  @Override
  protected EventStore eventStore() {
    return new DynamoDbEventStore(dynamoDb.client(), TABLE);
  }

  @Test
  void a_commit_is_one_item_laid_out_as_the_relay_and_the_read_side_expect() throws Exception {
    StreamId stream = new StreamId(TenantId.of("t-" + UUID.randomUUID()), "quote", UUID.randomUUID().toString());
    Actor actor = new Actor(UserId.of("user-7"), List.of(Role.OWNER));
    Instant at = Instant.parse("2026-11-26T10:15:30.120Z");
    List<EventEnvelope> events = List.of(
        envelope(stream, 3, actor, at), envelope(stream, 4, actor, at));
    Commit commit = new Commit(stream, 2, "cmd-2", "sha256:ab", "corr-2", "cause-2", actor, at, events);

    eventStore().append(commit);
    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(TABLE).consistentRead(true)
        .key(Map.of("stream", AttributeValue.fromS(stream.key()), "commit", AttributeValue.fromN("2")))).item();

    assertThat(item).containsOnlyKeys("stream", "commit", "tenantId", "streamType", "streamId", "commandId",
        "payloadHash", "correlationId", "causationId", "actor", "committedAt", "firstVersion", "lastVersion", "events");
    assertThat(item.get("stream").s()).isEqualTo(stream.tenantId().value() + "#quote#" + stream.streamId());
    assertThat(item.get("commit").n()).isEqualTo("2");
    assertThat(item.get("tenantId").s()).isEqualTo(stream.tenantId().value());
    assertThat(item.get("streamType").s()).isEqualTo("quote");
    assertThat(item.get("streamId").s()).isEqualTo(stream.streamId());
    assertThat(item.get("commandId").s()).isEqualTo("cmd-2");
    assertThat(item.get("payloadHash").s()).isEqualTo("sha256:ab");
    assertThat(item.get("correlationId").s()).isEqualTo("corr-2");
    assertThat(item.get("causationId").s()).isEqualTo("cause-2");
    assertThat(EventJson.mapper().readTree(item.get("actor").s()))
        .isEqualTo(EventJson.mapper().readTree("{\"userId\":\"user-7\",\"roles\":[\"owner\"]}"));
    assertThat(item.get("committedAt").s()).isEqualTo("2026-11-26T10:15:30.120Z");
    assertThat(item.get("firstVersion").n()).isEqualTo("3");
    assertThat(item.get("lastVersion").n()).isEqualTo("4");
    JsonNode published = EventJson.mapper().readTree(item.get("events").s());
    assertThat(published.isArray()).isTrue();
    assertThat(published).hasSize(2);
    for (int i = 0; i < events.size(); i++) {
      assertThat(published.get(i)).isEqualTo(EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(events.get(i))));
      assertThat(published.get(i).get("version").asLong()).isEqualTo(3 + i);
      assertThat(published.get(i).get("occurredAt").asText()).isEqualTo("2026-11-26T10:15:30.120Z");
      assertThat(published.get(i).get("actor").get("roles").get(0).asText()).isEqualTo("owner");
    }
  }

  @Test
  void a_commit_without_correlation_causation_or_actor_leaves_those_attributes_out() {
    StreamId stream = new StreamId(TenantId.of("t-" + UUID.randomUUID()), "quote", UUID.randomUUID().toString());
    Instant at = Instant.parse("2026-11-26T10:15:30Z");
    eventStore().append(new Commit(stream, 1, "cmd-1", "h", null, null, null, at, List.of(envelope(stream, 1, null, at))));

    Map<String, AttributeValue> item = dynamoDb.client().getItem(r -> r.tableName(TABLE).consistentRead(true)
        .key(Map.of("stream", AttributeValue.fromS(stream.key()), "commit", AttributeValue.fromN("1")))).item();

    assertThat(item).doesNotContainKeys("correlationId", "causationId", "actor");
  }

  @Test
  void a_stream_larger_than_one_megabyte_spans_several_query_pages_and_reads_back_whole() {
    StreamId stream = new StreamId(TenantId.of("t-" + UUID.randomUUID()), "quote", UUID.randomUUID().toString());
    String notes = "y".repeat(150 * 1024);
    Instant at = Instant.parse("2026-11-26T10:15:30Z");
    EventStore store = eventStore();
    for (int number = 1; number <= 10; number++) {
      EventEnvelope big = new EventEnvelope(UUID.randomUUID().toString(), "QuoteDetailsChanged", 1, stream.tenantId(),
          "quote", stream.streamId(), number, at, "cmd-" + number, null, null, null,
          JsonNodeFactory.instance.objectNode().put("notes", notes));
      store.append(new Commit(stream, number, "cmd-" + number, "h", null, null, null, at, List.of(big)));
    }

    QueryResponse firstPage = dynamoDb.client().query(r -> r.tableName(TABLE).consistentRead(true)
        .keyConditionExpression("#s = :s")
        .expressionAttributeNames(Map.of("#s", "stream"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(stream.key()))));
    List<Commit> read = store.read(stream);

    assertThat(firstPage.hasLastEvaluatedKey()).isTrue();
    assertThat(firstPage.count()).isLessThan(10);
    assertThat(read).extracting(Commit::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(read).allSatisfy(c -> assertThat(c.events().getFirst().data().get("notes").asText()).isEqualTo(notes));
  }

  @Test
  void a_put_whose_answer_was_lost_and_that_the_sdk_sent_again_is_this_appends_success_not_a_replay() {
    StreamId stream = new StreamId(TenantId.of("t-" + UUID.randomUUID()), "quote", UUID.randomUUID().toString());
    Instant at = Instant.parse("2026-11-26T10:15:30Z");
    Commit commit = new Commit(stream, 1, "cmd-1", "h", null, null, null, at, List.of(envelope(stream, 1, null, at)));
    try (AnswerLosingProxy proxy = new AnswerLosingProxy(dynamoDb.endpoint(), "PutItem", 1);
         DynamoDbClient client = DynamoDbClient.builder().endpointOverride(proxy.endpoint()).region(Region.EU_WEST_2)
             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
             .httpClient(UrlConnectionHttpClient.create()).build()) {

      EventStore.AppendResult result = new DynamoDbEventStore(client, TABLE).append(commit);

      assertThat(proxy.lost()).isEqualTo(1);
      assertThat(result.alreadyAppended()).isFalse();
      assertThat(eventStore().read(stream)).hasSize(1);
    }
  }

  private static EventEnvelope envelope(StreamId stream, long version, Actor actor, Instant at) {
    return new EventEnvelope(UUID.randomUUID().toString(), "QuoteLineAdded", 1, stream.tenantId(), stream.streamType(),
        stream.streamId(), version, at, "cmd-" + version, "corr", null, actor,
        JsonNodeFactory.instance.objectNode().put("lineId", "l-" + version));
  }
}
