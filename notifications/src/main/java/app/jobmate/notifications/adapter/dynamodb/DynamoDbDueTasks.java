package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.SK;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.due.DuePlacement;
import app.jobmate.notifications.tasks.due.DueTask;
import app.jobmate.notifications.tasks.due.DueTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The due-date index on the {@code connections} table: one item per date and task
 * ({@code DUE#<date>}, sort key {@code <tenantId>#<taskId>}), so a day's tasks are one Query on one
 * partition, paged. An item is {@code due} (with the assignee) or {@code removed} — a marker that
 * the task left that date at {@code version}, so that a placement folded from an older stream,
 * written late by a concurrent flush, cannot put it back. Every write is one UpdateItem on the
 * condition that the item holds an older version, or none; no transactions (dynalite has none).
 *
 * <p>A listed item expires (TTL) a week after its date; a removed one two days after it was
 * written — far longer than a flush, the only writer, can take to write a placement it read.
 */
public final class DynamoDbDueTasks implements DueTasks {

  static final Duration LISTED_AFTER_THE_DAY = Duration.ofDays(7);
  static final Duration REMOVAL_KEPT_FOR = Duration.ofDays(2);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final String DUE = "due";
  private static final String REMOVED = "removed";
  private static final Map<String, String> NAMES = Map.of("#state", "state", "#tenantId", "tenantId",
      "#taskId", "taskId", "#assignee", "assignee", "#version", "version", "#expiresAt", EXPIRES_AT);

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  public DynamoDbDueTasks(DynamoDbClient dynamoDb, String table) {
    this(dynamoDb, table, Clock.systemUTC());
  }

  public DynamoDbDueTasks(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void place(DuePlacement placement) {
    // listed first: a placement cut short leaves the task listed twice (the reminder checks the
    // store and skips the stale date), never nowhere
    placement.listed().ifPresent(due -> write(due.dueDate(), placement.task(), placement.version(), due.assignee()));
    for (LocalDate date : placement.unlisted()) {
      write(date, placement.task(), placement.version(), null);
    }
  }

  private void write(LocalDate date, StreamId task, long version, UserId assignee) {
    Map<String, AttributeValue> values = new HashMap<>(Map.of(
        ":state", AttributeValue.fromS(assignee == null ? REMOVED : DUE),
        ":tenantId", AttributeValue.fromS(task.tenantId().value()),
        ":taskId", AttributeValue.fromS(task.streamId()),
        ":version", number(version),
        ":expiresAt", number(assignee == null
            ? clock.instant().plus(REMOVAL_KEPT_FOR).getEpochSecond()
            : date.atStartOfDay(UK).plus(LISTED_AFTER_THE_DAY).toEpochSecond())));
    String set = "SET #state = :state, #tenantId = :tenantId, #taskId = :taskId, #version = :version, "
        + "#expiresAt = :expiresAt";
    String update;
    if (assignee == null) {
      update = set + " REMOVE #assignee";
    } else {
      values.put(":assignee", AttributeValue.fromS(assignee.value()));
      update = set + ", #assignee = :assignee";
    }
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(date, task))
          .updateExpression(update)
          .conditionExpression("attribute_not_exists(#version) OR #version < :version")
          .expressionAttributeNames(NAMES)
          .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException newerOrSame) {
      // a placement of this or a later version is there already: it stands
    }
  }

  @Override
  public List<DueTask> ofAssignee(LocalDate day, TenantId tenant, UserId assignee) {
    List<DueTask> tasks = new java.util.ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder query = QueryRequest.builder().tableName(table)
          .keyConditionExpression("#pk = :pk AND begins_with(#sk, :tenant)")
          .filterExpression("#state = :due AND #assignee = :assignee")
          .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#state", "state", "#assignee", "assignee"))
          .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(day)),
              ":tenant", AttributeValue.fromS(tenant.value() + "#"), ":due", AttributeValue.fromS(DUE),
              ":assignee", AttributeValue.fromS(assignee.value())))
          .consistentRead(true);
      if (start != null) {
        query.exclusiveStartKey(start);
      }
      QueryResponse response = dynamoDb.query(query.build());
      response.items().forEach(item -> tasks.add(new DueTask(
          TaskStreams.of(tenant, TaskId.of(item.get("taskId").s())), day, assignee,
          Long.parseLong(item.get("version").n()))));
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    } while (start != null);
    return tasks;
  }

  @Override
  public Page dueOn(LocalDate day, Optional<StreamId> after, int limit) {
    QueryRequest.Builder query = QueryRequest.builder().tableName(table)
        .keyConditionExpression("#pk = :pk")
        .filterExpression("#state = :due")
        .expressionAttributeNames(Map.of("#pk", PK, "#state", "state"))
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition(day)), ":due", AttributeValue.fromS(DUE)))
        .consistentRead(true)
        // Limit counts the items read before the filter: a page may hold fewer, and be followed by an empty one
        .limit(limit);
    after.ifPresent(a -> query.exclusiveStartKey(key(day, a)));
    QueryResponse response = dynamoDb.query(query.build());
    List<DueTask> tasks = response.items().stream().map(item -> new DueTask(
        TaskStreams.of(TenantId.of(item.get("tenantId").s()), TaskId.of(item.get("taskId").s())), day,
        UserId.of(item.get("assignee").s()), Long.parseLong(item.get("version").n()))).toList();
    Optional<StreamId> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? Optional.of(taskOf(response.lastEvaluatedKey().get(SK).s()))
        : Optional.empty();
    return new Page(tasks, next);
  }

  private static Map<String, AttributeValue> key(LocalDate date, StreamId task) {
    // a tenant id has no '#' (TenantId's format): the sort key splits back at the first one
    return ConnectionsTable.key(partition(date), task.tenantId().value() + "#" + task.streamId());
  }

  private static StreamId taskOf(String sortKey) {
    int separator = sortKey.indexOf('#');
    return TaskStreams.of(TenantId.of(sortKey.substring(0, separator)), TaskId.of(sortKey.substring(separator + 1)));
  }

  private static String partition(LocalDate date) {
    return "DUE#" + date;
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
