package app.jobmate.lambda.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataSealTest {

  private static final TenantId TENANT = TenantId.of("t-acme");
  private static final CustomerId ZOE = CustomerId.of("0193a5a0-1111-7abc-8def-0123456789ab");
  private static final CustomerId OTHER = CustomerId.of("0193a5a0-1112-7abc-8def-0123456789ab");
  private static final DataKey KEY = new DataKey("0193b0c4-9999-7abc-8def-0123456789ab", new byte[32]);
  private static final byte[] NAME = "\"Zoë Ellis\"".getBytes(StandardCharsets.UTF_8);

  @Test
  void a_sealed_value_opens_under_its_key_for_its_customer() {
    Sealed sealed = PersonalDataSeal.seal(KEY, TENANT, ZOE, NAME);

    assertThat(PersonalDataSeal.open(KEY, TENANT, ZOE, sealed)).isEqualTo(NAME);
    assertThat(sealed.keyId()).isEqualTo(KEY.keyId());
    assertThat(new String(sealed.ciphertextBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Ellis");
  }

  @Test
  void sealing_the_same_value_twice_gives_two_different_ciphertexts() {
    assertThat(PersonalDataSeal.seal(KEY, TENANT, ZOE, NAME).ciphertext())
        .isNotEqualTo(PersonalDataSeal.seal(KEY, TENANT, ZOE, NAME).ciphertext());
  }

  @Test
  void a_value_moved_to_another_customer_or_tenant_does_not_open() {
    Sealed sealed = PersonalDataSeal.seal(KEY, TENANT, ZOE, NAME);

    assertThatThrownBy(() -> PersonalDataSeal.open(KEY, TENANT, OTHER, sealed)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonalDataSeal.open(KEY, TenantId.of("t-other"), ZOE, sealed))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_tampered_value_or_another_key_does_not_open() {
    Sealed sealed = PersonalDataSeal.seal(KEY, TENANT, ZOE, NAME);
    byte[] bytes = sealed.ciphertextBytes();
    bytes[0] ^= 1;
    Sealed tampered = new Sealed(sealed.keyId(), sealed.nonce(), Base64.getEncoder().encodeToString(bytes));
    byte[] otherMaterial = new byte[32];
    otherMaterial[0] = 1;

    assertThatThrownBy(() -> PersonalDataSeal.open(KEY, TENANT, ZOE, tampered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonalDataSeal.open(new DataKey(KEY.keyId(), otherMaterial), TENANT, ZOE, sealed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonalDataSeal.open(new DataKey("0193b0c4-9999-7abc-8def-000000000000", new byte[32]),
        TENANT, ZOE, sealed)).hasMessageContaining("sealed under key");
  }
}
