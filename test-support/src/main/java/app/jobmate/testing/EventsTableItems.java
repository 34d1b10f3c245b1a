package app.jobmate.testing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.testing.LocalDynamoDb.Table;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The {@code events} table and its commit items, written here directly as the event store writes them
 * (layout in command-handlers/README.md), for the tests of its readers.
 */
public final class EventsTableItems {

  /** The {@code events} table: {@code stream} (S) and {@code commit} (N). */
  public static final Table TABLE = Table.of("events", "stream", ScalarAttributeType.S)
      .withRangeKey("commit", ScalarAttributeType.N);

  private EventsTableItems() {
  }

  /** Appends {@code events} as the next commit of their stream. */
  public static void store(DynamoDbClient client, String table, List<EventEnvelope> events) {
    String stream = streamKey(events.getFirst());
    long commit = client.query(r -> r.tableName(table).keyConditionExpression("#s = :s")
        .expressionAttributeNames(Map.of("#s", "stream"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(stream))).consistentRead(true)).count() + 1;
    store(client, table, commit, events);
  }

  /** Writes {@code events} as commit {@code commit} of their stream, which must not be there yet. */
  public static void store(DynamoDbClient client, String table, long commit, List<EventEnvelope> events) {
    Map<String, AttributeValue> item = item(commit, events);
    client.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(#s)")
        .expressionAttributeNames(Map.of("#s", "stream")));
  }

  /** The commit item for {@code events} (all of one stream), as a mutable map a test may spoil. */
  public static Map<String, AttributeValue> item(long commit, List<EventEnvelope> events) {
    EventEnvelope first = events.getFirst();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("stream", AttributeValue.fromS(streamKey(first)));
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

  /** The partition key of a stream: {@code <tenantId>#<streamType>#<streamId>}. */
  public static String streamKey(EventEnvelope event) {
    return event.tenantId().value() + "#" + event.streamType() + "#" + event.streamId();
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
