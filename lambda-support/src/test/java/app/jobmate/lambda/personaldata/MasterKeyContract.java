package app.jobmate.lambda.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MasterKey} does, run on the in-memory master key and, in infra, on the local
 * cloud's KMS through the signed {@code KmsMasterKey}.
 */
public abstract class MasterKeyContract {

  protected abstract MasterKey masterKey();

  private static Map<String, String> someone() {
    return Map.of("tenantId", "t-" + UUID.randomUUID(), "customerId", UUID.randomUUID().toString());
  }

  @Test
  void a_generated_key_is_256_bits_wrapped_apart_from_its_clear_bytes_and_unwraps_with_its_own_context() {
    Map<String, String> context = someone();

    MasterKey.GeneratedKey key = masterKey().generate(context);

    assertThat(key.plaintext()).hasSize(32);
    assertThat(java.util.Collections.indexOfSubList(bytes(key.wrapped()), bytes(key.plaintext())))
        .as("the clear key inside the wrapped one").isEqualTo(-1);
    assertThat(masterKey().unwrap(key.wrapped(), context)).isEqualTo(key.plaintext());
    assertThat(masterKey().unwrap(key.wrapped(), Map.copyOf(context))).isEqualTo(key.plaintext());
  }

  private static java.util.List<Byte> bytes(byte[] array) {
    java.util.List<Byte> list = new java.util.ArrayList<>();
    for (byte b : array) {
      list.add(b);
    }
    return list;
  }

  @Test
  void every_generated_key_is_a_new_one() {
    Map<String, String> context = someone();

    MasterKey.GeneratedKey first = masterKey().generate(context);
    MasterKey.GeneratedKey second = masterKey().generate(context);

    assertThat(second.plaintext()).isNotEqualTo(first.plaintext());
    assertThat(second.wrapped()).isNotEqualTo(first.wrapped());
  }

  @Test
  void a_wrapped_key_is_refused_with_another_customers_or_tenants_context_or_with_none() {
    Map<String, String> context = someone();
    MasterKey.GeneratedKey key = masterKey().generate(context);

    assertThatThrownBy(() -> masterKey().unwrap(key.wrapped(), Map.of("tenantId", context.get("tenantId"),
        "customerId", UUID.randomUUID().toString()))).isInstanceOf(MasterKey.Refused.class)
        .satisfies(refused -> assertThat(((MasterKey.Refused) refused).code()).isEqualTo("InvalidCiphertextException"));
    assertThatThrownBy(() -> masterKey().unwrap(key.wrapped(), Map.of("tenantId", "t-other",
        "customerId", context.get("customerId")))).isInstanceOf(MasterKey.Refused.class);
    assertThatThrownBy(() -> masterKey().unwrap(key.wrapped(), Map.of())).isInstanceOf(MasterKey.Refused.class);
  }

  @Test
  void a_wrapped_key_with_one_bit_changed_is_refused_anywhere_in_it() {
    Map<String, String> context = someone();
    MasterKey.GeneratedKey key = masterKey().generate(context);

    for (int at : new int[] {0, key.wrapped().length / 2, key.wrapped().length - 1}) {
      byte[] tampered = key.wrapped().clone();
      tampered[at] ^= 1;
      assertThatThrownBy(() -> masterKey().unwrap(tampered, context)).as("bit 0 of byte %d", at)
          .isInstanceOf(MasterKey.Refused.class);
    }
  }

  @Test
  void bytes_that_were_never_a_wrapped_key_are_refused() {
    Map<String, String> context = someone();
    byte[] garbage = new byte[64];
    new SecureRandom().nextBytes(garbage);

    assertThatThrownBy(() -> masterKey().unwrap(garbage, context)).isInstanceOf(MasterKey.Refused.class);
    assertThatThrownBy(() -> masterKey().unwrap(new byte[] {1}, context)).isInstanceOf(MasterKey.Refused.class);
  }
}
