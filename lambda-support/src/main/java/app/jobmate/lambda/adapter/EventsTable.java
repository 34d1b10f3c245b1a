package app.jobmate.lambda.adapter;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.values.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The {@code events} table (one item per commit; layout in command-handlers/README.md) for the
 * readers outside the write side: the push flush folding a subject's stream, the projectors reading
 * what they apply, and rebuilds. A stream is one {@code Query} on its partition, ascending, with
 * consistent reads (a reader must see every commit the relay may already have published),
 * following {@code LastEvaluatedKey}. Envelopes come back as stored: readers upcast when they decode.
 */
public final class EventsTable {

  private static final ObjectReader ENVELOPES = EventJson.mapper()
      .readerFor(EventJson.mapper().getTypeFactory().constructCollectionType(List.class, EventEnvelope.class));

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Integer pageSize;

  public EventsTable(DynamoDbClient dynamoDb, String table) {
    this(dynamoDb, table, null);
  }

  /** @param pageSize items per {@code Query} page (null: DynamoDB's 1 MB pages); small pages test the paging */
  EventsTable(DynamoDbClient dynamoDb, String table, Integer pageSize) {
    if (dynamoDb == null || table == null || table.isBlank()) {
      throw new IllegalArgumentException("a client and a table name are required");
    }
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.pageSize = pageSize;
  }

  /** The partition key of a stream: {@code <tenantId>#<streamType>#<streamId>}. */
  public static String streamKey(TenantId tenant, String streamType, String streamId) {
    return tenant.value() + "#" + streamType + "#" + streamId;
  }

  /**
   * The envelopes of one stream from {@code fromVersion} on, in version order; empty for a stream
   * that does not exist.
   *
   * @throws IllegalStateException for a commit item whose events cannot be read
   */
  public List<EventEnvelope> read(TenantId tenant, String streamType, String streamId, long fromVersion) {
    QueryRequest query = QueryRequest.builder()
        .tableName(table)
        // "stream" and "commit" are DynamoDB reserved words
        .keyConditionExpression("#stream = :stream")
        .filterExpression("lastVersion >= :from")
        .expressionAttributeNames(Map.of("#stream", "stream"))
        .expressionAttributeValues(Map.of(
            ":stream", AttributeValue.fromS(streamKey(tenant, streamType, streamId)),
            ":from", AttributeValue.fromN(Long.toString(fromVersion))))
        .scanIndexForward(true)
        .consistentRead(true)
        .limit(pageSize)
        .build();
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(query).items()) {
      for (EventEnvelope envelope : envelopes(item)) {
        if (envelope.version() >= fromVersion) {
          envelopes.add(envelope);
        }
      }
    }
    return envelopes;
  }

  /** The envelopes one commit item holds, in version order. */
  public static List<EventEnvelope> envelopes(Map<String, AttributeValue> item) {
    AttributeValue events = item.get("events");
    if (events == null || events.s() == null) {
      throw new IllegalStateException("commit " + describe(item) + " holds no events");
    }
    try {
      return ENVELOPES.readValue(events.s());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("commit " + describe(item) + " holds unreadable events", e);
    }
  }

  private static String describe(Map<String, AttributeValue> item) {
    AttributeValue stream = item.get("stream");
    AttributeValue commit = item.get("commit");
    return (commit == null ? "?" : commit.n()) + " of " + (stream == null ? "?" : stream.s());
  }
}
