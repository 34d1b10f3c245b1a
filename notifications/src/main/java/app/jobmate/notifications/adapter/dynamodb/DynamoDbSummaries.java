package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;

import app.jobmate.events.EventJson;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.Summaries;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Summaries on the {@code connections} table, one item per subject
 * ({@code SUBJECT#<tenant>#<streamType>#<streamId>}, sort key {@code SUMMARY}) holding the summary
 * as JSON and a write {@code revision}. An update reads, changes and writes back on the condition
 * that the revision is still the one read, and starts again (after a jittered pause) if another
 * writer came first. An untouched summary expires a year after its last change.
 */
public final class DynamoDbSummaries implements Summaries {

  static final Duration KEPT_FOR = Duration.ofDays(366);
  private static final String SUMMARY_SK = "SUMMARY";
  private static final int ATTEMPTS = 12;
  private static final long FIRST_BACKOFF_MILLIS = 10;
  private static final long MAX_BACKOFF_MILLIS = 400;

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  public DynamoDbSummaries(DynamoDbClient dynamoDb, String table) {
    this(dynamoDb, table, Clock.systemUTC());
  }

  public DynamoDbSummaries(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public <S> S update(Subject subject, S initial, UnaryOperator<S> change) {
    Map<String, AttributeValue> key = ConnectionsTable.key("SUBJECT#" + subject.tenantId().value() + "#"
        + subject.streamType() + "#" + subject.streamId(), SUMMARY_SK);
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
      boolean exists = item != null && !item.isEmpty();
      S current = exists ? read(item.get("summary").s(), initial) : initial;
      S next = change.apply(current);
      if (exists && next.equals(current)) {
        return current;
      }
      Map<String, AttributeValue> updated = new HashMap<>(key);
      long revision = exists ? Long.parseLong(item.get("revision").n()) : 0;
      updated.put("summary", AttributeValue.fromS(write(next)));
      updated.put("revision", AttributeValue.fromN(Long.toString(revision + 1)));
      updated.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(clock.instant().plus(KEPT_FOR).getEpochSecond())));
      try {
        if (exists) {
          dynamoDb.putItem(r -> r.tableName(table).item(updated)
              .conditionExpression("#revision = :read")
              .expressionAttributeNames(Map.of("#revision", "revision"))
              .expressionAttributeValues(Map.of(":read", AttributeValue.fromN(Long.toString(revision)))));
        } else {
          dynamoDb.putItem(r -> r.tableName(table).item(updated).conditionExpression("attribute_not_exists(" + PK + ")"));
        }
        return next;
      } catch (ConditionalCheckFailedException anotherWriterCameFirst) {
        // read again and apply the change to what they wrote, after a jittered pause so that writers spread out
        pause(attempt);
      }
    }
    throw new IllegalStateException("the summary of " + subject + " kept changing under " + ATTEMPTS + " attempts");
  }

  private static void pause(int attempt) {
    long ceiling = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt, 16));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while updating a summary", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <S> S read(String json, S initial) {
    try {
      return (S) EventJson.mapper().readValue(json, initial.getClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored summary is not a " + initial.getClass().getSimpleName(), e);
    }
  }

  private static String write(Object summary) {
    try {
      return EventJson.mapper().writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + summary.getClass().getSimpleName(), e);
    }
  }
}
