package app.jobmate.lambda.adapter;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Data keys in the {@code customer-keys} table: one item per tenant ({@code tenantId}, partition
 * key) and customer ({@code customerId}, sort key) holding the key's id and the key wrapped by the
 * master key ({@code wrappedKey}, binary), with the tenant and customer as its encryption context.
 * Destroying a key overwrites the item with a tombstone ({@code destroyedAt}, no key), so the key
 * is gone and is never created again.
 */
public final class DynamoDbPersonalDataKeys implements PersonalDataKeys {

  private final DynamoDbClient dynamoDb;
  private final String table;
  private final MasterKey masterKey;
  private final Clock clock;

  public DynamoDbPersonalDataKeys(DynamoDbClient dynamoDb, String table, MasterKey masterKey, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.table = table;
    this.masterKey = masterKey;
    this.clock = clock;
  }

  @Override
  public DataKey keyFor(TenantId tenant, CustomerId customer) {
    Optional<Map<String, AttributeValue>> item = read(tenant, customer);
    if (item.isPresent()) {
      return keyIn(item.get(), tenant, customer).orElseThrow(() -> new KeyDestroyed(customer));
    }
    MasterKey.GeneratedKey generated = masterKey.generate(context(tenant, customer));
    String keyId = UUID.randomUUID().toString();
    try {
      dynamoDb.putItem(r -> r.tableName(table)
          .item(Map.of("tenantId", AttributeValue.fromS(tenant.value()),
              "customerId", AttributeValue.fromS(customer.toString()),
              "keyId", AttributeValue.fromS(keyId),
              "wrappedKey", AttributeValue.fromB(SdkBytes.fromByteArray(generated.wrapped())),
              "createdAt", AttributeValue.fromS(clock.instant().toString())))
          .conditionExpression("attribute_not_exists(tenantId)"));
      return new DataKey(keyId, generated.plaintext());
    } catch (ConditionalCheckFailedException raced) {
      return read(tenant, customer).flatMap(won -> keyIn(won, tenant, customer))
          .orElseThrow(() -> new KeyDestroyed(customer));
    }
  }

  @Override
  public Optional<DataKey> existing(TenantId tenant, CustomerId customer) {
    return read(tenant, customer).flatMap(item -> keyIn(item, tenant, customer));
  }

  @Override
  public void destroy(TenantId tenant, CustomerId customer) {
    dynamoDb.putItem(r -> r.tableName(table)
        .item(Map.of("tenantId", AttributeValue.fromS(tenant.value()),
            "customerId", AttributeValue.fromS(customer.toString()),
            "destroyedAt", AttributeValue.fromS(clock.instant().toString()))));
  }

  @Override
  public boolean isDestroyed(TenantId tenant, CustomerId customer) {
    return read(tenant, customer).map(item -> item.containsKey("destroyedAt")).orElse(false);
  }

  private Optional<Map<String, AttributeValue>> read(TenantId tenant, CustomerId customer) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
        .key(Map.of("tenantId", AttributeValue.fromS(tenant.value()),
            "customerId", AttributeValue.fromS(customer.toString())))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  private Optional<DataKey> keyIn(Map<String, AttributeValue> item, TenantId tenant, CustomerId customer) {
    if (item.containsKey("destroyedAt") || !item.containsKey("wrappedKey")) {
      return Optional.empty();
    }
    byte[] clear = masterKey.unwrap(item.get("wrappedKey").b().asByteArray(), context(tenant, customer));
    return Optional.of(new DataKey(item.get("keyId").s(), clear));
  }

  private static Map<String, String> context(TenantId tenant, CustomerId customer) {
    return Map.of("tenantId", tenant.value(), "customerId", customer.toString());
  }
}
