package app.jobmate.notifications.adapter.dynamodb;

import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.EXPIRES_AT;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.PK;
import static app.jobmate.notifications.adapter.dynamodb.ConnectionsTable.SK;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The connection registry on the {@code connections} table. A connection is one item
 * ({@code CONN#<id>}) plus one index item per lookup ({@code USER#<tenant>#<user>} and
 * {@code ROLE#<tenant>#<role>}, sort key the connection id) that holds the whole connection, so
 * each lookup is one Query on one partition, never a Scan.
 *
 * <p>Without transactions (dynalite has none, and one connection's items need none): removing
 * marks the connection item {@code closed} before deleting its index items, and adding writes the
 * connection item only if there is none, then the index items, then looks again and takes them
 * back if the connection was closed meanwhile. Whichever way a {@code $connect} and a
 * {@code $disconnect} of one connection interleave, the connection ends in no lookup. Items
 * expire by TTL; because TTL deletes late (within days), lookups also skip expired items.
 */
public final class DynamoDbConnectionRegistry implements ConnectionRegistry {

  private static final String CONNECTION_SK = "CONNECTION";
  private static final String STATE = "state";
  private static final String OPEN = "open";
  private static final String CLOSED = "closed";

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  public DynamoDbConnectionRegistry(DynamoDbClient dynamoDb, String table) {
    this(dynamoDb, table, Clock.systemUTC());
  }

  public DynamoDbConnectionRegistry(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void add(Connection connection) {
    Map<String, AttributeValue> item = new HashMap<>(attributes(connection));
    item.putAll(ConnectionsTable.key(connectionKey(connection.id()), CONNECTION_SK));
    item.put(STATE, AttributeValue.fromS(OPEN));
    try {
      dynamoDb.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(" + PK + ")"));
    } catch (ConditionalCheckFailedException exists) {
      if (!isOpen(connection.id())) {
        return; // closed before it was added: $disconnect overtook $connect
      }
      // a retried $connect: its index items are written again below
    }
    ConnectionsTable.writeAll(dynamoDb, table, indexKeys(connection).stream().map(key -> {
      Map<String, AttributeValue> index = new HashMap<>(attributes(connection));
      index.putAll(key);
      return WriteRequest.builder().putRequest(PutRequest.builder().item(index).build()).build();
    }).toList());
    if (!isOpen(connection.id())) {
      deleteIndexItems(connection); // closed while its index items were being written
    }
  }

  @Override
  public void remove(ConnectionId id) {
    // the closed item keeps what the connection was, so that a repeated remove can finish a crashed one
    Map<String, AttributeValue> closed = dynamoDb.updateItem(r -> r.tableName(table)
        .key(ConnectionsTable.key(connectionKey(id), CONNECTION_SK))
        .updateExpression("SET #state = :closed, #expiresAt = if_not_exists(#expiresAt, :expiresAt)")
        .expressionAttributeNames(Map.of("#state", STATE, "#expiresAt", EXPIRES_AT))
        .expressionAttributeValues(Map.of(
            ":closed", AttributeValue.fromS(CLOSED),
            ":expiresAt", epochSeconds(clock.instant().plus(Connection.MAX_DURATION).plus(Connection.EXPIRY_MARGIN))))
        .returnValues(ReturnValue.ALL_NEW)).attributes();
    if (closed.containsKey("tenantId")) {
      deleteIndexItems(connection(closed));
    }
  }

  @Override
  public List<Connection> ofUser(TenantId tenant, UserId user) {
    return query(userKey(tenant, user));
  }

  @Override
  public List<Connection> withRole(TenantId tenant, Role role) {
    return query(roleKey(tenant, role));
  }

  private List<Connection> query(String partition) {
    long now = clock.instant().getEpochSecond();
    // the paginator follows LastEvaluatedKey; consistent reads see a connection made a moment ago
    return dynamoDb.queryPaginator(r -> r.tableName(table)
            .keyConditionExpression("#pk = :pk")
            .expressionAttributeNames(Map.of("#pk", PK))
            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
            .consistentRead(true))
        .items().stream()
        .filter(item -> Long.parseLong(item.get(EXPIRES_AT).n()) > now)
        .map(DynamoDbConnectionRegistry::connection)
        .toList();
  }

  private boolean isOpen(ConnectionId id) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
        .key(ConnectionsTable.key(connectionKey(id), CONNECTION_SK))).item();
    return item != null && item.containsKey(STATE) && OPEN.equals(item.get(STATE).s());
  }

  private void deleteIndexItems(Connection connection) {
    ConnectionsTable.writeAll(dynamoDb, table, indexKeys(connection).stream()
        .map(key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build())
        .toList());
  }

  private static List<Map<String, AttributeValue>> indexKeys(Connection connection) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    keys.add(ConnectionsTable.key(userKey(connection.tenantId(), connection.userId()), connection.id().value()));
    for (Role role : connection.roles()) {
      keys.add(ConnectionsTable.key(roleKey(connection.tenantId(), role), connection.id().value()));
    }
    return keys;
  }

  private static Map<String, AttributeValue> attributes(Connection connection) {
    Map<String, AttributeValue> attributes = new HashMap<>();
    attributes.put("connectionId", AttributeValue.fromS(connection.id().value()));
    attributes.put("tenantId", AttributeValue.fromS(connection.tenantId().value()));
    attributes.put("userId", AttributeValue.fromS(connection.userId().value()));
    if (!connection.roles().isEmpty()) {
      // a string set cannot be empty: no roles, no attribute
      attributes.put("roles", AttributeValue.fromSs(connection.roles().stream().map(Role::wireName).toList()));
    }
    attributes.put("connectedAt", AttributeValue.fromS(connection.connectedAt().toString()));
    attributes.put(EXPIRES_AT, epochSeconds(connection.expiresAt()));
    return attributes;
  }

  private static Connection connection(Map<String, AttributeValue> item) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (item.containsKey("roles")) {
      item.get("roles").ss().forEach(r -> Role.find(r).ifPresent(roles::add));
    }
    return new Connection(ConnectionId.of(item.get("connectionId").s()), TenantId.of(item.get("tenantId").s()),
        UserId.of(item.get("userId").s()), roles, Instant.parse(item.get("connectedAt").s()));
  }

  private static AttributeValue epochSeconds(Instant instant) {
    return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
  }

  private static String connectionKey(ConnectionId id) {
    return "CONN#" + id.value();
  }

  private static String userKey(TenantId tenant, UserId user) {
    return "USER#" + tenant.value() + "#" + user.value();
  }

  private static String roleKey(TenantId tenant, Role role) {
    return "ROLE#" + tenant.value() + "#" + role.wireName();
  }
}
