package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.notifications.tasks.reminders.ReminderLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The reminders of each day on the {@code connections} table, one item per day and task
 * ({@code REMINDED#<date>#<tenantId>#<taskId>}, sort key {@code REMINDER}): {@code state}
 * {@code sending} with {@code claimedUntil} (epoch milliseconds: the claim lapses then; TTL would
 * delete it days late), then {@code sent}. Claiming is one conditional PutItem, so of concurrent
 * claimants one wins. The item expires (TTL) two days after its day is over.
 */
public final class DynamoDbReminderLog implements ReminderLog {

  static final Duration KEPT_AFTER_THE_DAY = Duration.ofDays(2);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final String REMINDER_SK = "REMINDER";
  private static final String SENDING = "sending";
  private static final String SENT = "sent";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration lease;
  private final Clock clock;

  /** @param lease how long a claim holds when its sender dies: longer than a reminder takes, shorter than the queue hides a message */
  public DynamoDbReminderLog(DynamoDbClient dynamoDb, String table, Duration lease) {
    this(dynamoDb, table, lease, Clock.systemUTC());
  }

  public DynamoDbReminderLog(DynamoDbClient dynamoDb, String table, Duration lease, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public Optional<Claim> claim(LocalDate day, StreamId task) {
    long now = clock.millis();
    Instant until = Instant.ofEpochMilli(now).plus(lease);
    Map<String, AttributeValue> item = new HashMap<>(key(day, task));
    item.put("state", AttributeValue.fromS(SENDING));
    item.put("claimedUntil", number(until.toEpochMilli()));
    item.put(EXPIRES_AT, expiresAt(day));
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item)
          .conditionExpression("attribute_not_exists(#pk) OR (#state = :sending AND #claimedUntil <= :now)")
          .expressionAttributeNames(Map.of("#pk", PK, "#state", "state", "#claimedUntil", "claimedUntil"))
          .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SENDING), ":now", number(now))));
      return Optional.of(new Claim(day, task, until));
    } catch (ConditionalCheckFailedException sentOrClaimed) {
      return Optional.empty();
    }
  }

  @Override
  public void sent(Claim claim) {
    // unconditional: whoever holds the claim now, the reminder went out
    dynamoDb.updateItem(r -> r.tableName(table).key(key(claim.day(), claim.task()))
        .updateExpression("SET #state = :sent, #expiresAt = :expiresAt REMOVE #claimedUntil")
        .expressionAttributeNames(Map.of("#state", "state", "#expiresAt", EXPIRES_AT, "#claimedUntil", "claimedUntil"))
        .expressionAttributeValues(Map.of(":sent", AttributeValue.fromS(SENT), ":expiresAt", expiresAt(claim.day()))));
  }

  @Override
  public void giveBack(Claim claim) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(table).key(key(claim.day(), claim.task()))
          .conditionExpression("#state = :sending AND #claimedUntil = :until")
          .expressionAttributeNames(Map.of("#state", "state", "#claimedUntil", "claimedUntil"))
          .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SENDING),
              ":until", number(claim.until().toEpochMilli()))));
    } catch (ConditionalCheckFailedException takenOverOrSent) {
      // the claim lapsed and was taken over, or the reminder was sent since: it is not ours to give back
    }
  }

  private static Map<String, AttributeValue> key(LocalDate day, StreamId task) {
    // a task's reminder as it always was; another kind's (a person's day) names its kind, apart from every task's
    String what = task.streamType().equals(TaskEvents.STREAM) ? task.streamId() : task.streamType() + "#" + task.streamId();
    return ConnectionsTable.key("REMINDED#" + day + "#" + task.tenantId().value() + "#" + what, REMINDER_SK);
  }

  private static AttributeValue expiresAt(LocalDate day) {
    return number(day.plusDays(1).atStartOfDay(UK).plus(KEPT_AFTER_THE_DAY).toEpochSecond());
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
