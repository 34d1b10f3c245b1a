package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.localcloud.template.Intrinsics;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * The KMS operations customers' data keys use, as the SDK's KMS client reaches them locally (the
 * functions reach them without it: {@link KmsMasterKey}, whose contract is {@code KmsMasterKeyTest}).
 */
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
  void a_data_key_the_functions_master_key_wrapped_is_decrypted_by_the_sdks_client_and_the_other_way_round() {
    MasterKey master = KmsMasterKey.resolve(KEY, Intrinsics.REGION, DefaultCredentialsProvider.builder().build());
    try (KmsClient kms = Clients.kms()) {
      MasterKey.GeneratedKey ours = master.generate(ZOE);
      var theirs = kms.generateDataKey(r -> r.keyId(KEY).keySpec(DataKeySpec.AES_256).encryptionContext(ZOE));

      assertThat(kms.decrypt(r -> r.keyId(KEY).ciphertextBlob(SdkBytes.fromByteArray(ours.wrapped())).encryptionContext(ZOE))
          .plaintext().asByteArray()).isEqualTo(ours.plaintext());
      assertThat(master.unwrap(theirs.ciphertextBlob().asByteArray(), ZOE)).isEqualTo(theirs.plaintext().asByteArray());
    }
  }
}
