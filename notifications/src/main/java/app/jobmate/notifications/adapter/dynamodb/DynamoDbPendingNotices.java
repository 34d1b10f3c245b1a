package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;

import app.jobmate.notifications.push.PendingNotices;
import app.jobmate.events.StreamId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The debounce's state on the {@code connections} table, one item per subject
 * ({@code SUBJECT#<tenant>#<streamType>#<streamId>}, sort key {@code NOTICES}): {@code toldVersion},
 * {@code revision} and, while a flush is pending, {@code pendingUntil} (epoch milliseconds: the
 * marker lapses then; DynamoDB's TTL would delete it days late). Every step is one conditional
 * write, so concurrent pollers and flushes need no lock:
 *
 * <ul>
 *   <li>mark: {@code ADD revision 1} unless the version was told; then take the marker only if
 *       there is none or it has lapsed;</li>
 *   <li>settle: record the version told and remove the marker on the condition that the revision
 *       is still the one the flush read; if it is not, keep the marker for another window.</li>
 * </ul>
 *
 * The item expires (TTL {@code expiresAt}) a year after its last change: a change delivered again
 * after that (SQS keeps messages 14 days at most) cannot happen.
 */
public final class DynamoDbPendingNotices implements PendingNotices {

  static final Duration KEPT_FOR = Duration.ofDays(366);
  private static final String NOTICES_SK = "NOTICES";
  private static final Map<String, String> NAMES = Map.of("#told", "toldVersion", "#revision", "revision",
      "#pendingUntil", "pendingUntil", "#expiresAt", EXPIRES_AT);

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration lease;
  private final Clock clock;

  /** @param lease how long a marker holds when its flush never runs */
  public DynamoDbPendingNotices(DynamoDbClient dynamoDb, String table, Duration lease) {
    this(dynamoDb, table, lease, Clock.systemUTC());
  }

  public DynamoDbPendingNotices(DynamoDbClient dynamoDb, String table, Duration lease, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public Marked mark(StreamId subject, long version) {
    Map<String, AttributeValue> item;
    try {
      item = dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
          .updateExpression("ADD #revision :one SET #expiresAt = :expiresAt")
          .conditionExpression("attribute_not_exists(#told) OR #told < :version")
          .expressionAttributeNames(names("#told", "#revision", "#expiresAt"))
          .expressionAttributeValues(Map.of(":one", number(1), ":version", number(version), ":expiresAt", expiresAt()))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
    } catch (ConditionalCheckFailedException toldAlready) {
      return new Marked.AlreadyTold();
    }
    long now = clock.millis();
    if (item.containsKey("pendingUntil") && Long.parseLong(item.get("pendingUntil").n()) > now) {
      return new Marked.FlushPending();
    }
    Instant until = Instant.ofEpochMilli(now).plus(lease);
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
          .updateExpression("SET #pendingUntil = :until")
          .conditionExpression("attribute_not_exists(#pendingUntil) OR #pendingUntil <= :now")
          .expressionAttributeNames(names("#pendingUntil"))
          .expressionAttributeValues(Map.of(":until", number(until.toEpochMilli()), ":now", number(now))));
      return new Marked.FlushDue(until);
    } catch (ConditionalCheckFailedException anotherPollerTookIt) {
      return new Marked.FlushPending();
    }
  }

  @Override
  public void unmark(StreamId subject, Marked.FlushDue marked) {
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
          .updateExpression("REMOVE #pendingUntil")
          .conditionExpression("#pendingUntil = :until")
          .expressionAttributeNames(names("#pendingUntil"))
          .expressionAttributeValues(Map.of(":until", number(marked.until().toEpochMilli()))));
    } catch (ConditionalCheckFailedException takenSince) {
      // another marker replaced ours: it is someone else's flush to schedule
    }
  }

  @Override
  public Pending pending(StreamId subject) {
    Map<String, AttributeValue> item = read(subject);
    return new Pending(numberIn(item, "toldVersion"), numberIn(item, "revision"));
  }

  @Override
  public boolean settle(StreamId subject, Pending read, long toldVersion) {
    String sameRevision = read.revision() == 0 ? "attribute_not_exists(#revision)" : "#revision = :revision";
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":told", number(toldVersion), ":expiresAt", expiresAt()));
    if (read.revision() != 0) {
      values.put(":revision", number(read.revision()));
    }
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
          .updateExpression("SET #told = :told, #expiresAt = :expiresAt REMOVE #pendingUntil")
          .conditionExpression(sameRevision + " AND (attribute_not_exists(#told) OR #told <= :told)")
          .expressionAttributeNames(names("#told", "#revision", "#expiresAt", "#pendingUntil"))
          .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException notAsRead) {
      if (numberIn(read(subject), "revision") == read.revision()) {
        return true; // a concurrent flush of the same changes told a later version and settled
      }
    }
    raiseTold(subject, toldVersion);
    long until = clock.instant().plus(lease).toEpochMilli();
    dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
        .updateExpression("SET #pendingUntil = :until, #expiresAt = :expiresAt")
        .expressionAttributeNames(names("#pendingUntil", "#expiresAt"))
        .expressionAttributeValues(Map.of(":until", number(until), ":expiresAt", expiresAt())));
    return false;
  }

  private void raiseTold(StreamId subject, long toldVersion) {
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(subject))
          .updateExpression("SET #told = :told")
          .conditionExpression("attribute_not_exists(#told) OR #told < :told")
          .expressionAttributeNames(names("#told"))
          .expressionAttributeValues(Map.of(":told", number(toldVersion))));
    } catch (ConditionalCheckFailedException toldLaterAlready) {
      // a version told never goes back
    }
  }

  private Map<String, AttributeValue> read(StreamId subject) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(key(subject)).consistentRead(true))
        .item();
    return item == null ? Map.of() : item;
  }

  private static Map<String, AttributeValue> key(StreamId subject) {
    return ConnectionsTable.key("SUBJECT#" + subject.tenantId().value() + "#" + subject.streamType() + "#"
        + subject.streamId(), NOTICES_SK);
  }

  private static Map<String, String> names(String... placeholders) {
    Map<String, String> names = new HashMap<>();
    for (String placeholder : placeholders) {
      names.put(placeholder, NAMES.get(placeholder));
    }
    return names;
  }

  private static long numberIn(Map<String, AttributeValue> item, String attribute) {
    AttributeValue value = item.get(attribute);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private AttributeValue expiresAt() {
    return number(clock.instant().plus(KEPT_FOR).getEpochSecond());
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
