package app.jobmate.lambda.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeysContract;
import app.jobmate.testing.LocalDynamoDb;
import app.jobmate.testing.LocalDynamoDb.Table;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbPersonalDataKeysTest extends PersonalDataKeysContract {

  /** {@code customer-keys}: {@code tenantId} (S), {@code customerId} (S), as the template declares it. */
  static final Table CUSTOMER_KEYS = Table.of("customer-keys", "tenantId", S).withRangeKey("customerId", S);

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(CUSTOMER_KEYS);

  private final AesMasterKey master = new AesMasterKey();

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

  /** A master key in memory that binds the context as AES-GCM associated data, as KMS does. */
  static final class AesMasterKey implements MasterKey {
    private final byte[] master = new byte[32];
    private final SecureRandom random = new SecureRandom();
    final java.util.List<Map<String, String>> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();

    AesMasterKey() {
      random.nextBytes(master);
    }

    @Override
    public GeneratedKey generate(Map<String, String> context) {
      contexts.add(context);
      byte[] plain = new byte[32];
      random.nextBytes(plain);
      byte[] nonce = new byte[12];
      random.nextBytes(nonce);
      byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, context, plain);
      byte[] wrapped = Arrays.copyOf(nonce, 12 + sealed.length);
      System.arraycopy(sealed, 0, wrapped, 12, sealed.length);
      return new GeneratedKey(plain, wrapped);
    }

    @Override
    public byte[] unwrap(byte[] wrapped, Map<String, String> context) {
      contexts.add(context);
      return crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(wrapped, 12), context, Arrays.copyOfRange(wrapped, 12, wrapped.length));
    }

    private byte[] crypt(int mode, byte[] nonce, Map<String, String> context, byte[] bytes) {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(new TreeMap<>(context).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher.doFinal(bytes);
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException(e);
      }
    }
  }
}
