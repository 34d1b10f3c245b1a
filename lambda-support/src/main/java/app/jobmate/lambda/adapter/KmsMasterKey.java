package app.jobmate.lambda.adapter;

import app.jobmate.lambda.personaldata.MasterKey;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;

/**
 * The master key in KMS: {@code GenerateDataKey} (AES_256) makes a customer's data key, in the
 * clear and wrapped, and {@code Decrypt} unwraps it; the encryption context is bound to the wrapped
 * key (and logged by CloudTrail, which is why it holds ids only). Locally, the local cloud serves
 * the same two operations.
 */
public final class KmsMasterKey implements MasterKey {

  private final KmsClient kms;
  private final String keyId;

  public KmsMasterKey(KmsClient kms, String keyId) {
    this.kms = kms;
    this.keyId = keyId;
  }

  @Override
  public GeneratedKey generate(Map<String, String> context) {
    GenerateDataKeyResponse response = kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256)
        .encryptionContext(context));
    return new GeneratedKey(response.plaintext().asByteArray(), response.ciphertextBlob().asByteArray());
  }

  @Override
  public byte[] unwrap(byte[] wrapped, Map<String, String> context) {
    return kms.decrypt(r -> r.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(wrapped)).encryptionContext(context))
        .plaintext().asByteArray();
  }
}
