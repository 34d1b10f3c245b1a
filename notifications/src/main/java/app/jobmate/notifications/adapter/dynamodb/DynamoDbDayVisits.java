package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.SK;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.diary.visits.DayVisit;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.VisitKey;
import app.jobmate.notifications.diary.visits.VisitPlacement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The day-visits index on the {@code connections} table: one item per London day, member and
 * appointment ({@code VISITS#<date>}, sort key {@code <tenantId>#<memberId>#<appointmentId>}), so a
 * day's visits are one Query on one partition, paged, and a member's visits that day one Query on a
 * key prefix. An item is {@code booked} (with what the reminder shows) or {@code removed} — a marker
 * that the appointment left that place at {@code version}, so that a placement folded from an older
 * stream, written late by a concurrent flush, cannot put it back. Every write is one UpdateItem on
 * the condition that the item holds an older version, or none; no transactions (dynalite has none).
 *
 * <p>A listed item expires (TTL) a week after its day; a removed one two days after it was written —
 * far longer than a flush, the only writer, can take to write a placement it read.
 */
public final class DynamoDbDayVisits implements DayVisits {

  static final Duration LISTED_AFTER_THE_DAY = Duration.ofDays(7);
  static final Duration REMOVAL_KEPT_FOR = Duration.ofDays(2);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final String BOOKED = "booked";
  private static final String REMOVED = "removed";
  private static final List<String> SHOWN = List.of("kind", "start", "end", "startsAt", "endsAt", "title", "jobId");

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  public DynamoDbDayVisits(DynamoDbClient dynamoDb, String table) {
    this(dynamoDb, table, Clock.systemUTC());
  }

  public DynamoDbDayVisits(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void place(VisitPlacement placement) {
    // listed first: a placement cut short leaves a visit listed twice (the reminder checks the
    // store and skips the stale place), never nowhere
    for (DayVisit visit : placement.listed()) {
      write(visit.key(), placement.version(), visit);
    }
    for (VisitKey key : placement.unlisted()) {
      write(key, placement.version(), null);
    }
  }

  private void write(VisitKey key, long version, DayVisit visit) {
    Map<String, String> names = new HashMap<>(Map.of("#state", "state", "#tenantId", "tenantId",
        "#memberId", "memberId", "#appointmentId", "appointmentId", "#version", "version", "#expiresAt", EXPIRES_AT));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(
        ":state", AttributeValue.fromS(visit == null ? REMOVED : BOOKED),
        ":tenantId", AttributeValue.fromS(key.tenant().value()),
        ":memberId", AttributeValue.fromS(key.member().value()),
        ":appointmentId", AttributeValue.fromS(key.appointment().toString()),
        ":version", number(version),
        ":expiresAt", number(visit == null
            ? clock.instant().plus(REMOVAL_KEPT_FOR).getEpochSecond()
            : key.day().atStartOfDay(UK).plus(LISTED_AFTER_THE_DAY).toEpochSecond())));
    StringBuilder set = new StringBuilder("SET #state = :state, #tenantId = :tenantId, #memberId = :memberId, "
        + "#appointmentId = :appointmentId, #version = :version, #expiresAt = :expiresAt");
    List<String> removed = new ArrayList<>();
    Map<String, String> shown = visit == null ? Map.of() : shown(visit);
    for (String attribute : SHOWN) {
      names.put("#" + attribute, attribute);
      String value = shown.get(attribute);
      if (value == null) {
        removed.add("#" + attribute);
      } else {
        values.put(":" + attribute, AttributeValue.fromS(value));
        set.append(", #").append(attribute).append(" = :").append(attribute);
      }
    }
    String update = removed.isEmpty() ? set.toString() : set + " REMOVE " + String.join(", ", removed);
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(key))
          .updateExpression(update)
          .conditionExpression("attribute_not_exists(#version) OR #version < :version")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException newerOrSame) {
      // a placement of this or a later version is there already: it stands
    }
  }

  private static Map<String, String> shown(DayVisit visit) {
    Map<String, String> shown = new HashMap<>();
    shown.put("kind", visit.kind().wireName());
    shown.put("start", visit.start().toString());
    shown.put("end", visit.end().toString());
    shown.put("startsAt", visit.startsAt().toString());
    shown.put("endsAt", visit.endsAt().toString());
    shown.put("title", visit.title());
    if (visit.jobId() != null) {
      shown.put("jobId", visit.jobId().toString());
    }
    return shown;
  }

  @Override
  public Page onDay(LocalDate day, Optional<VisitKey> after, int limit) {
    QueryRequest.Builder query = QueryRequest.builder().tableName(table)
        .keyConditionExpression("#pk = :pk")
        .filterExpression("#state = :booked")
        .expressionAttributeNames(Map.of("#pk", PK, "#state", "state"))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(day)),
            ":booked", AttributeValue.fromS(BOOKED)))
        .consistentRead(true)
        // Limit counts the items read before the filter: a page may hold fewer, and be followed by an empty one
        .limit(limit);
    after.ifPresent(a -> query.exclusiveStartKey(key(a)));
    QueryResponse response = dynamoDb.query(query.build());
    List<DayVisit> visits = response.items().stream().map(item -> visit(day, item)).toList();
    Optional<VisitKey> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? Optional.of(keyOf(day, response.lastEvaluatedKey().get(SK).s()))
        : Optional.empty();
    return new Page(visits, next);
  }

  @Override
  public List<DayVisit> ofMember(LocalDate day, TenantId tenant, UserId member) {
    List<DayVisit> visits = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder query = QueryRequest.builder().tableName(table)
          .keyConditionExpression("#pk = :pk AND begins_with(#sk, :member)")
          // a member id may hold '#': the prefix of "a" also begins "a#b"'s keys
          .filterExpression("#state = :booked AND #tenantId = :tenantId AND #memberId = :memberId")
          .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#state", "state", "#tenantId", "tenantId",
              "#memberId", "memberId"))
          .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(day)),
              ":member", AttributeValue.fromS(tenant.value() + "#" + member.value() + "#"),
              ":booked", AttributeValue.fromS(BOOKED),
              ":tenantId", AttributeValue.fromS(tenant.value()),
              ":memberId", AttributeValue.fromS(member.value())))
          .consistentRead(true);
      if (start != null) {
        query.exclusiveStartKey(start);
      }
      QueryResponse response = dynamoDb.query(query.build());
      response.items().forEach(item -> visits.add(visit(day, item)));
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey() : null;
    } while (start != null);
    return visits.stream().sorted(DayVisit.IN_START_ORDER).toList();
  }

  private static DayVisit visit(LocalDate day, Map<String, AttributeValue> item) {
    return new DayVisit(day, TenantId.of(item.get("tenantId").s()), UserId.of(item.get("memberId").s()),
        AppointmentId.of(item.get("appointmentId").s()), AppointmentKind.fromWireName(item.get("kind").s()),
        LocalDateTime.parse(item.get("start").s()), LocalDateTime.parse(item.get("end").s()),
        Instant.parse(item.get("startsAt").s()), Instant.parse(item.get("endsAt").s()), item.get("title").s(),
        item.containsKey("jobId") ? JobId.of(item.get("jobId").s()) : null, Long.parseLong(item.get("version").n()));
  }

  private static Map<String, AttributeValue> key(VisitKey key) {
    return ConnectionsTable.key(partition(key.day()), sortKey(key));
  }

  /** {@code <tenantId>#<memberId>#<appointmentId>}: a tenant id has no '#' (TenantId's format), nor has an appointment id (a UUID). */
  private static String sortKey(VisitKey key) {
    return key.tenant().value() + "#" + key.member().value() + "#" + key.appointment();
  }

  private static VisitKey keyOf(LocalDate day, String sortKey) {
    int first = sortKey.indexOf('#');
    int last = sortKey.lastIndexOf('#');
    return new VisitKey(day, TenantId.of(sortKey.substring(0, first)), UserId.of(sortKey.substring(first + 1, last)),
        AppointmentId.of(sortKey.substring(last + 1)));
  }

  private static String partition(LocalDate day) {
    return "VISITS#" + day;
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
