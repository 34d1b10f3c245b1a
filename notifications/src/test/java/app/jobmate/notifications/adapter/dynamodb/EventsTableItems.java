package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes commits to the {@code events} table as the event store does (layout in command-handlers/README.md). */
public final class EventsTableItems {

  private EventsTableItems() {
  }

  /** Appends {@code commit} as the next commit of its stream. */
  public static void store(DynamoDbClient client, String table, List<EventEnvelope> commit) {
    EventEnvelope first = commit.getFirst();
    String stream = first.tenantId().value() + "#" + first.streamType() + "#" + first.streamId();
    long commitNumber = client.query(r -> r.tableName(table).keyConditionExpression("#s = :s")
        .expressionAttributeNames(Map.of("#s", "stream"))
        .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(stream))).consistentRead(true)).count() + 1;
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("stream", AttributeValue.fromS(stream));
    item.put("commit", AttributeValue.fromN(Long.toString(commitNumber)));
    item.put("tenantId", AttributeValue.fromS(first.tenantId().value()));
    item.put("streamType", AttributeValue.fromS(first.streamType()));
    item.put("streamId", AttributeValue.fromS(first.streamId()));
    item.put("commandId", AttributeValue.fromS(first.commandId()));
    item.put("payloadHash", AttributeValue.fromS("sha256:test"));
    item.put("actor", AttributeValue.fromS(json(first.actor())));
    item.put("committedAt", AttributeValue.fromS(first.occurredAt().toString()));
    item.put("firstVersion", AttributeValue.fromN(Long.toString(first.version())));
    item.put("lastVersion", AttributeValue.fromN(Long.toString(commit.getLast().version())));
    item.put("events", AttributeValue.fromS(json(commit)));
    client.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(#s)")
        .expressionAttributeNames(Map.of("#s", "stream")));
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
