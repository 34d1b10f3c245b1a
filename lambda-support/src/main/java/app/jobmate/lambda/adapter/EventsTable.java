package app.jobmate.lambda.adapter;

import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.StreamId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The {@code events} table, the event store and outbox, and the one place its item layout is
 * written down (docs/architecture.md, "The event store"). One item per commit: partition key
 * {@code stream} = {@code <tenantId>#<streamType>#<streamId>}, sort key {@code commit} (1, 2, 3...),
 * then {@code tenantId}, {@code streamType}, {@code streamId}, {@code commandId},
 * {@code payloadHash}, {@code correlationId}, {@code causationId} and {@code actor} (JSON) when
 * present, {@code committedAt}, {@code firstVersion}, {@code lastVersion}, and {@code events}: the
 * commit's envelopes as a JSON array, each exactly the EventBridge {@code detail} the relay publishes.
 *
 * <p>Appending is one conditional PutItem ({@code attribute_not_exists}): a commit number is taken
 * once. A stream is read by one {@code Query} on its partition, ascending, with consistent reads (a
 * reader must see every commit the relay may already have published), following
 * {@code LastEvaluatedKey}. Envelopes come back as stored: readers upcast when they decode.
 */
public final class EventsTable {

  /** One commit as the table holds it. */
  public record StoredCommit(StreamId stream, long number, String commandId, String payloadHash, String correlationId,
                             String causationId, Actor actor, Instant committedAt, List<EventEnvelope> events) {
    public StoredCommit {
      events = List.copyOf(events);
    }

    /** Commit {@code number} of {@code events} (all of one stream), with the command's ids and actor its envelopes carry. */
    public static StoredCommit ofEvents(long number, String payloadHash, List<EventEnvelope> events) {
      EventEnvelope first = events.getFirst();
      return new StoredCommit(StreamId.of(first), number, first.commandId(), payloadHash, first.correlationId(),
          first.causationId(), first.actor(), first.occurredAt(), events);
    }
  }

  /** The attribute that holds a commit's envelopes (the outbox the relay publishes from a stream record's new image). */
  public static final String EVENTS = "events";

  private static final ObjectReader ENVELOPES = EventJson.mapper()
      .readerFor(EventJson.mapper().getTypeFactory().constructCollectionType(List.class, EventEnvelope.class));
  private static final ObjectReader ACTOR = EventJson.mapper().readerFor(Actor.class);

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

  /**
   * Writes {@code commit} if its commit number is free.
   *
   * @return false when the number was taken (nothing was written)
   */
  public boolean putIfNew(StoredCommit commit) {
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item(commit))
          // "stream" and "commit" are DynamoDB reserved words
          .conditionExpression("attribute_not_exists(#stream)")
          .expressionAttributeNames(Map.of("#stream", "stream")));
      return true;
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
  }

  /** Every commit of the stream, in commit order; empty for a stream never written. */
  public List<StoredCommit> commits(StreamId stream) {
    List<StoredCommit> commits = new ArrayList<>();
    for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(query(stream, null)).items()) {
      commits.add(commit(item));
    }
    return commits;
  }

  /**
   * The envelopes of one stream from {@code fromVersion} on, in version order; empty for a stream
   * that does not exist.
   *
   * @throws IllegalStateException for a commit item whose events cannot be read
   */
  public List<EventEnvelope> read(StreamId stream, long fromVersion) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (Map<String, AttributeValue> item : dynamoDb.queryPaginator(query(stream, fromVersion)).items()) {
      for (EventEnvelope envelope : envelopes(item)) {
        if (envelope.version() >= fromVersion) {
          envelopes.add(envelope);
        }
      }
    }
    return envelopes;
  }

  private QueryRequest query(StreamId stream, Long fromVersion) {
    QueryRequest.Builder query = QueryRequest.builder()
        .tableName(table)
        .keyConditionExpression("#stream = :stream")
        .expressionAttributeNames(Map.of("#stream", "stream"))
        .scanIndexForward(true)
        .consistentRead(true)
        .limit(pageSize);
    if (fromVersion == null) {
      return query.expressionAttributeValues(Map.of(":stream", AttributeValue.fromS(stream.key()))).build();
    }
    return query.filterExpression("lastVersion >= :from")
        .expressionAttributeValues(Map.of(":stream", AttributeValue.fromS(stream.key()),
            ":from", AttributeValue.fromN(Long.toString(fromVersion))))
        .build();
  }

  /** The item of {@code commit}; optional values absent are left out. */
  public static Map<String, AttributeValue> item(StoredCommit commit) {
    StreamId stream = commit.stream();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("stream", AttributeValue.fromS(stream.key()));
    item.put("commit", AttributeValue.fromN(Long.toString(commit.number())));
    item.put("tenantId", AttributeValue.fromS(stream.tenantId().value()));
    item.put("streamType", AttributeValue.fromS(stream.streamType()));
    item.put("streamId", AttributeValue.fromS(stream.streamId()));
    item.put("commandId", AttributeValue.fromS(commit.commandId()));
    item.put("payloadHash", AttributeValue.fromS(commit.payloadHash()));
    putIfPresent(item, "correlationId", commit.correlationId());
    putIfPresent(item, "causationId", commit.causationId());
    putIfPresent(item, "actor", commit.actor() == null ? null : json(commit.actor()));
    item.put("committedAt", AttributeValue.fromS(commit.committedAt().toString()));
    item.put("firstVersion", AttributeValue.fromN(Long.toString(commit.events().getFirst().version())));
    item.put("lastVersion", AttributeValue.fromN(Long.toString(commit.events().getLast().version())));
    item.put(EVENTS, AttributeValue.fromS(json(commit.events())));
    return item;
  }

  /** The commit an item holds. */
  public static StoredCommit commit(Map<String, AttributeValue> item) {
    String stream = text(item, "stream");
    try {
      AttributeValue actor = item.get("actor");
      return new StoredCommit(StreamId.fromKey(stream), Long.parseLong(item.get("commit").n()), text(item, "commandId"),
          text(item, "payloadHash"), optional(item, "correlationId"), optional(item, "causationId"),
          actor == null ? null : ACTOR.readValue(actor.s()), Instant.parse(text(item, "committedAt")), envelopes(item));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("commit " + describe(item) + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The envelopes one commit item holds, in version order. */
  public static List<EventEnvelope> envelopes(Map<String, AttributeValue> item) {
    AttributeValue events = item.get(EVENTS);
    if (events == null || events.s() == null) {
      throw new IllegalStateException("commit " + describe(item) + " holds no events");
    }
    try {
      return envelopes(events.s());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("commit " + describe(item) + " holds unreadable events", e);
    }
  }

  /**
   * The envelopes of an item's {@link #EVENTS} attribute (as a stream record's image carries it).
   *
   * @throws IllegalArgumentException when it is not a JSON array of envelopes
   */
  public static List<EventEnvelope> envelopes(String events) {
    try {
      return ENVELOPES.readValue(events);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON array of event envelopes: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null || value.s() == null) {
      throw new IllegalStateException("no " + name);
    }
    return value.s();
  }

  private static String optional(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, AttributeValue.fromS(value));
    }
  }

  private static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static String describe(Map<String, AttributeValue> item) {
    AttributeValue stream = item.get("stream");
    AttributeValue commit = item.get("commit");
    return (commit == null ? "?" : commit.n()) + " of " + (stream == null ? "?" : stream.s());
  }
}
