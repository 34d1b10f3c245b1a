package app.jobmate.lambda.personaldata;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens personal values with AES-256-GCM (NIST SP 800-38D) under a customer's data key:
 * a fresh random 96-bit nonce per value, a 128-bit tag, and associated data that binds the value to
 * its tenant, customer and key, so that a sealed value copied into another customer's event does
 * not open.
 */
public final class PersonalDataSeal {

  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PersonalDataSeal() {
  }

  public static Sealed seal(DataKey key, TenantId tenant, CustomerId customer, byte[] plaintext) {
    byte[] nonce = new byte[Sealed.NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
      cipher.updateAAD(associatedData(tenant, customer, key.keyId()));
      return new Sealed(key.keyId(), nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The plaintext of {@code sealed}.
   *
   * @throws IllegalArgumentException when it was not sealed under {@code key} for this tenant and
   *                                  customer, or was tampered with
   */
  public static byte[] open(DataKey key, TenantId tenant, CustomerId customer, Sealed sealed) {
    if (!sealed.keyId().equals(key.keyId())) {
      throw new IllegalArgumentException("sealed under key " + sealed.keyId() + ", not " + key.keyId());
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, sealed.nonceBytes());
      cipher.updateAAD(associatedData(tenant, customer, key.keyId()));
      return cipher.doFinal(sealed.ciphertextBytes());
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("a sealed value of customer " + customer + " does not open under its key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static Cipher cipher(int mode, DataKey key, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key.material(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }

  private static byte[] associatedData(TenantId tenant, CustomerId customer, String keyId) {
    return ("jobmate/customer/" + tenant.value() + "/" + customer + "/" + keyId).getBytes(StandardCharsets.UTF_8);
  }
}
