package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.adapter.memory.InMemoryMasterKey;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeysContract;
import app.jobmate.testing.LocalDynamoDb;
import app.jobmate.testing.LocalDynamoDb.Table;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbPersonalDataKeysTest extends PersonalDataKeysContract {

  /** {@code customer-keys}: {@code tenantId} (S), {@code customerId} (S), as the template declares it. */
  static final Table CUSTOMER_KEYS = Table.of("customer-keys", "tenantId", S).withRangeKey("customerId", S);

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(CUSTOMER_KEYS);

  private final RecordingMasterKey master = new RecordingMasterKey();

  @Override
  protected PersonalDataKeys keys() {
    return new DynamoDbPersonalDataKeys(dynamoDb.client(), CUSTOMER_KEYS.name(), master, Clock.systemUTC());
  }

  @Test
  void the_table_holds_the_key_only_wrapped_and_a_destroyed_key_leaves_a_tombstone_without_it() {
    TenantId tenant = TenantId.of("t-acme");
    CustomerId customer = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
    DataKey key = keys().keyFor(tenant, customer);

    Map<String, AttributeValue> item = item(tenant, customer);
    assertThat(item.get("keyId").s()).isEqualTo(key.keyId());
    assertThat(item.get("wrappedKey").b().asByteArray()).isNotEqualTo(key.material()).hasSizeGreaterThan(DataKey.BYTES);

    keys().destroy(tenant, customer);

    assertThat(item(tenant, customer)).containsOnlyKeys("tenantId", "customerId", "destroyedAt");
  }

  @Test
  void a_wrapped_key_is_unwrapped_only_for_its_own_tenant_and_customer() {
    TenantId tenant = TenantId.of("t-acme");
    CustomerId customer = CustomerId.of("0193a5a0-1113-7abc-8def-0123456789ab");
    keys().keyFor(tenant, customer);

    keys().existing(tenant, customer);

    assertThat(master.contexts).allSatisfy(context -> assertThat(context).containsOnlyKeys("tenantId", "customerId"));
  }

  private static Map<String, AttributeValue> item(TenantId tenant, CustomerId customer) {
    return dynamoDb.client().getItem(r -> r.tableName(CUSTOMER_KEYS.name()).key(Map.of(
        "tenantId", AttributeValue.fromS(tenant.value()), "customerId", AttributeValue.fromS(customer.toString())))).item();
  }

  /** The in-memory master key, remembering the encryption contexts it was asked with. */
  static final class RecordingMasterKey implements MasterKey {
    private final InMemoryMasterKey master = new InMemoryMasterKey();
    final List<Map<String, String>> contexts = new CopyOnWriteArrayList<>();

    @Override
    public GeneratedKey generate(Map<String, String> context) {
      contexts.add(context);
      return master.generate(context);
    }

    @Override
    public byte[] unwrap(byte[] wrapped, Map<String, String> context) {
      contexts.add(context);
      return master.unwrap(wrapped, context);
    }
  }
}
