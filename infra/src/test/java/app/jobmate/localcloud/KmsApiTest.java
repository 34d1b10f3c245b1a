package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.personaldata.MasterKey;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/** The KMS operations customers' data keys use, as the functions' SDK client reaches them locally. */
@ExtendWith(SharedLocalCloud.class)
class KmsApiTest {

  private static final String KEY = "arn:aws:kms:eu-west-2:000000000000:key/customer-data";
  @BeforeAll
  static void started(LocalCloud shared) {
    // the shared local cloud starts (and sets the SDK's endpoints) when a test class asks for it
    assertThat(shared.sdkSettings()).containsKey("aws.endpointUrlKms");
  }

  private static final Map<String, String> ZOE = Map.of("tenantId", "t-acme", "customerId", "0193a5a0-1111-7abc-8def-0123456789ab");

  @Test
  void the_sdks_kms_client_generates_a_data_key_and_decrypts_it_with_the_same_encryption_context() {
    try (KmsClient kms = Clients.kms()) {
      var generated = kms.generateDataKey(r -> r.keyId(KEY).keySpec(DataKeySpec.AES_256).encryptionContext(ZOE));

      assertThat(generated.plaintext().asByteArray()).hasSize(32);
      assertThat(generated.ciphertextBlob().asByteArray()).isNotEqualTo(generated.plaintext().asByteArray());
      assertThat(kms.decrypt(r -> r.keyId(KEY).ciphertextBlob(generated.ciphertextBlob()).encryptionContext(ZOE))
          .plaintext().asByteArray()).isEqualTo(generated.plaintext().asByteArray());
    }
  }

  @Test
  void a_data_key_does_not_decrypt_with_another_customers_context_or_when_tampered_with() {
    try (KmsClient kms = Clients.kms()) {
      var generated = kms.generateDataKey(r -> r.keyId(KEY).keySpec(DataKeySpec.AES_256).encryptionContext(ZOE));
      byte[] tampered = generated.ciphertextBlob().asByteArray();
      tampered[tampered.length - 1] ^= 1;

      assertThatThrownBy(() -> kms.decrypt(r -> r.ciphertextBlob(generated.ciphertextBlob())
          .encryptionContext(Map.of("tenantId", "t-acme", "customerId", "0193a5a0-1112-7abc-8def-0123456789ab"))))
          .isInstanceOf(InvalidCiphertextException.class);
      assertThatThrownBy(() -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(tampered)).encryptionContext(ZOE)))
          .isInstanceOf(InvalidCiphertextException.class);
    }
  }

  @Test
  void the_master_key_adapter_of_the_functions_wraps_and_unwraps_through_it() {
    try (KmsClient kms = Clients.kms()) {
      MasterKey master = new KmsMasterKey(kms, KEY);

      MasterKey.GeneratedKey key = master.generate(ZOE);

      assertThat(master.unwrap(key.wrapped(), ZOE)).isEqualTo(key.plaintext());
    }
  }
}
