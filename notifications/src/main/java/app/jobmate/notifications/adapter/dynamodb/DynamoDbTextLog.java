package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;

import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.texts.TextLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The texts on the {@code connections} table. A text is one item per event and member
 * ({@code TEXTED#<tenantId>#<eventId>#<userId>}, sort key {@code TEXT}): {@code state} {@code sending}
 * with {@code claimedUntil} (epoch milliseconds), then {@code sent} or {@code dropped}; claiming is one
 * conditional PutItem, so of concurrent claimants one wins. A member's allowance is one item per member
 * and London day ({@code TEXTS#<tenantId>#<userId>#<date>}, sort key {@code ALLOWANCE}): {@code taken},
 * {@code lastAt} and {@code beforeAt} (epoch milliseconds), taken by one conditional UpdateItem. Both
 * expire (TTL) two days after.
 */
public final class DynamoDbTextLog implements TextLog {

  static final Duration KEPT = Duration.ofDays(2);
  private static final String TEXT_SK = "TEXT";
  private static final String ALLOWANCE_SK = "ALLOWANCE";
  private static final String SENDING = "sending";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Duration lease;
  private final Clock clock;

  /** @param lease how long a claim holds when its sender dies: longer than a text takes, shorter than the queue hides a message */
  public DynamoDbTextLog(DynamoDbClient dynamoDb, String table, Duration lease, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public Optional<Claim> claim(TenantId tenant, String eventId, UserId member) {
    long now = clock.millis();
    Instant until = Instant.ofEpochMilli(now).plus(lease);
    Map<String, AttributeValue> item = new HashMap<>(textKey(tenant, eventId, member));
    item.put("state", AttributeValue.fromS(SENDING));
    item.put("claimedUntil", number(until.toEpochMilli()));
    item.put(EXPIRES_AT, number(Instant.ofEpochMilli(now).plus(KEPT).getEpochSecond()));
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item)
          .conditionExpression("attribute_not_exists(#pk) OR (#state = :sending AND #claimedUntil <= :now)")
          .expressionAttributeNames(Map.of("#pk", PK, "#state", "state", "#claimedUntil", "claimedUntil"))
          .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SENDING), ":now", number(now))));
      return Optional.of(new Claim(tenant, eventId, member, until));
    } catch (ConditionalCheckFailedException sentOrClaimed) {
      return Optional.empty();
    }
  }

  @Override
  public void sent(Claim claim) {
    settle(claim, "sent");
  }

  @Override
  public void dropped(Claim claim) {
    settle(claim, "dropped");
  }

  private void settle(Claim claim, String state) {
    // unconditional: whoever holds the claim now, the text went out (or never will)
    dynamoDb.updateItem(r -> r.tableName(table).key(textKey(claim.tenant(), claim.eventId(), claim.member()))
        .updateExpression("SET #state = :state REMOVE #claimedUntil")
        .expressionAttributeNames(Map.of("#state", "state", "#claimedUntil", "claimedUntil"))
        .expressionAttributeValues(Map.of(":state", AttributeValue.fromS(state))));
  }

  @Override
  public void giveBack(Claim claim) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(table).key(textKey(claim.tenant(), claim.eventId(), claim.member()))
          .conditionExpression("#state = :sending AND #claimedUntil = :until")
          .expressionAttributeNames(Map.of("#state", "state", "#claimedUntil", "claimedUntil"))
          .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SENDING),
              ":until", number(claim.until().toEpochMilli()))));
    } catch (ConditionalCheckFailedException takenOverOrSent) {
      // the claim lapsed and was taken over, or the text was sent since: it is not ours to give back
    }
  }

  @Override
  public boolean takeAllowance(TenantId tenant, UserId member, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, Booking.LONDON);
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(allowanceKey(tenant, member, day))
          .updateExpression("SET #taken = if_not_exists(#taken, :zero) + :one, #beforeAt = if_not_exists(#lastAt, :none), "
              + "#lastAt = :at, #expiresAt = :expiresAt")
          .conditionExpression("attribute_not_exists(#pk) OR (#taken < :perDay AND #lastAt <= :spaced)")
          .expressionAttributeNames(Map.of("#pk", PK, "#taken", "taken", "#lastAt", "lastAt", "#beforeAt", "beforeAt",
              "#expiresAt", EXPIRES_AT))
          .expressionAttributeValues(Map.of(":zero", number(0), ":one", number(1), ":none", number(0),
              ":at", number(at.toEpochMilli()), ":perDay", number(PER_DAY),
              ":spaced", number(at.minus(SPACING).toEpochMilli()),
              ":expiresAt", number(day.plusDays(1).atStartOfDay(Booking.LONDON).plus(KEPT).toEpochSecond()))));
      return true;
    } catch (ConditionalCheckFailedException spent) {
      return false;
    }
  }

  @Override
  public void giveBackAllowance(TenantId tenant, UserId member, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, Booking.LONDON);
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(allowanceKey(tenant, member, day))
          .updateExpression("SET #taken = #taken - :one, #lastAt = #beforeAt")
          .conditionExpression("#lastAt = :at")
          .expressionAttributeNames(Map.of("#taken", "taken", "#lastAt", "lastAt", "#beforeAt", "beforeAt"))
          .expressionAttributeValues(Map.of(":one", number(1), ":at", number(at.toEpochMilli()))));
    } catch (ConditionalCheckFailedException takenSince) {
      // another text was taken since: this one's place is not ours to give back
    }
  }

  private static Map<String, AttributeValue> textKey(TenantId tenant, String eventId, UserId member) {
    return ConnectionsTable.key("TEXTED#" + tenant.value() + "#" + eventId + "#" + member.value(), TEXT_SK);
  }

  private static Map<String, AttributeValue> allowanceKey(TenantId tenant, UserId member, LocalDate day) {
    return ConnectionsTable.key("TEXTS#" + tenant.value() + "#" + member.value() + "#" + day, ALLOWANCE_SK);
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
