package app.jobmate.lambda.adapter.memory;

import app.jobmate.lambda.personaldata.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key in memory, for tests: a random 256-bit key that seals each data key with AES-GCM
 * (a fresh nonce first), the encryption context as associated data, as KMS binds it. A wrapped key
 * that is not its own, or not of that context, is {@link MasterKey.Refused} as KMS refuses it
 * ({@code InvalidCiphertextException}).
 */
public final class InMemoryMasterKey implements MasterKey {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE = 12;

  private final byte[] master = new byte[32];

  public InMemoryMasterKey() {
    RANDOM.nextBytes(master);
  }

  @Override
  public GeneratedKey generate(Map<String, String> context) {
    byte[] plain = new byte[32];
    RANDOM.nextBytes(plain);
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    byte[] sealed;
    try {
      sealed = crypt(Cipher.ENCRYPT_MODE, nonce, context, plain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is in every JDK", e);
    }
    byte[] wrapped = Arrays.copyOf(nonce, NONCE + sealed.length);
    System.arraycopy(sealed, 0, wrapped, NONCE, sealed.length);
    return new GeneratedKey(plain, wrapped);
  }

  @Override
  public byte[] unwrap(byte[] wrapped, Map<String, String> context) {
    if (wrapped.length <= NONCE) {
      throw new Refused("InvalidCiphertextException", "not a wrapped key");
    }
    try {
      return crypt(Cipher.DECRYPT_MODE, Arrays.copyOf(wrapped, NONCE), context,
          Arrays.copyOfRange(wrapped, NONCE, wrapped.length));
    } catch (GeneralSecurityException e) {
      throw new Refused("InvalidCiphertextException", "the wrapped key does not unwrap with this encryption context");
    }
  }

  private byte[] crypt(int mode, byte[] nonce, Map<String, String> context, byte[] bytes) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, nonce));
    StringBuilder associated = new StringBuilder();
    new TreeMap<>(context).forEach((name, value) -> associated.append(name.length()).append(':').append(name)
        .append(value.length()).append(':').append(value).append('\n'));
    cipher.updateAAD(associated.toString().getBytes(StandardCharsets.UTF_8));
    return cipher.doFinal(bytes);
  }
}
