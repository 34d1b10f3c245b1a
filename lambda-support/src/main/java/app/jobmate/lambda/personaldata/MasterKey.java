package app.jobmate.lambda.personaldata;

import java.util.Map;

/**
 * The master key that wraps data keys: KMS in AWS ({@code GenerateDataKey}, {@code Decrypt}),
 * emulated by the local cloud. The encryption context (tenant and customer) is bound to the wrapped
 * key, so a wrapped key cannot be unwrapped as another customer's.
 */
public interface MasterKey {

  /** A new 256-bit data key, in the clear and wrapped. */
  GeneratedKey generate(Map<String, String> context);

  /** The clear data key inside {@code wrapped}. */
  byte[] unwrap(byte[] wrapped, Map<String, String> context);

  record GeneratedKey(byte[] plaintext, byte[] wrapped) {
  }
}
