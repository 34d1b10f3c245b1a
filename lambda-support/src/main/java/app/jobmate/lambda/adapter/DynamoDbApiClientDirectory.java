package app.jobmate.lambda.adapter;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.apiclients.ApiClientDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The {@code api-clients} table: one item per client ({@code clientId}, partition key) with its
 * {@code tenantId}, {@code name}, {@code createdAt} and, once revoked, {@code revokedAt}. Entering is
 * conditional on the id being new; revoking is conditional on the item being the tenant's, so one
 * tenant can never revoke (or learn of) another's client. Reads are consistent.
 */
public final class DynamoDbApiClientDirectory implements ApiClientDirectory {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final Clock clock;

  public DynamoDbApiClientDirectory(DynamoDbClient dynamoDb, String table, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void register(ApiClientId clientId, TenantId tenant, String name) {
    try {
      dynamoDb.putItem(r -> r.tableName(table)
          .item(Map.of("clientId", AttributeValue.fromS(clientId.value()),
              "tenantId", AttributeValue.fromS(tenant.value()),
              "name", AttributeValue.fromS(name),
              "createdAt", AttributeValue.fromS(clock.instant().toString())))
          .conditionExpression("attribute_not_exists(clientId)"));
    } catch (ConditionalCheckFailedException exists) {
      throw new IllegalStateException(clientId + " is already in the directory", exists);
    }
  }

  @Override
  public boolean revoke(ApiClientId clientId, TenantId tenant) {
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(key(clientId))
          .updateExpression("SET revokedAt = if_not_exists(revokedAt, :now)")
          .conditionExpression("attribute_exists(clientId) AND tenantId = :tenant")
          .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(clock.instant().toString()),
              ":tenant", AttributeValue.fromS(tenant.value()))));
      return true;
    } catch (ConditionalCheckFailedException notTheirs) {
      return false;
    }
  }

  @Override
  public Optional<Entry> find(ApiClientId clientId) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true).key(key(clientId))).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Entry(clientId, TenantId.of(item.get("tenantId").s()), item.get("name").s(),
        Instant.parse(item.get("createdAt").s()),
        Optional.ofNullable(item.get("revokedAt")).map(AttributeValue::s).map(Instant::parse)));
  }

  private static Map<String, AttributeValue> key(ApiClientId clientId) {
    return Map.of("clientId", AttributeValue.fromS(clientId.value()));
  }
}
