package app.jobmate.lambda.personaldata;

import java.util.Map;

/**
 * The master key that wraps data keys: KMS in AWS ({@code GenerateDataKey}, {@code Decrypt}),
 * emulated by the local cloud. The encryption context (tenant and customer) is bound to the wrapped
 * key, so a wrapped key cannot be unwrapped as another customer's.
 *
 * <p>Neither failure is an erasure: an erased customer's key is a tombstone in the keys' table and
 * never reaches the master key ({@link PersonalDataKeys.KeyDestroyed}). Both are runtime failures of
 * the request or the batch item, as any other store's.
 */
public interface MasterKey {

  /** A new 256-bit data key, in the clear and wrapped. */
  GeneratedKey generate(Map<String, String> context);

  /**
   * The clear data key inside {@code wrapped}.
   *
   * @throws Refused when {@code wrapped} is not a key wrapped by this master key with this context
   */
  byte[] unwrap(byte[] wrapped, Map<String, String> context);

  record GeneratedKey(byte[] plaintext, byte[] wrapped) {
  }

  /**
   * Refused for good, and asking again gives the same answer: a wrapped key that is not this master
   * key's or not this context's ({@code InvalidCiphertextException}), a master key disabled, pending
   * deletion or not found, access denied. {@code code} is the service's error code.
   */
  final class Refused extends RuntimeException {
    private final String code;

    public Refused(String code, String message) {
      super(code + ": " + message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Not reachable or not answering in time (throttled, an internal error, a timeout): worth another try later. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
