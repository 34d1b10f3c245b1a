package app.jobmate.lambda.personaldata;

import java.util.Arrays;

/**
 * A customer's data key in the clear: 256 bits for AES-GCM, and its id (what sealed values name as
 * their {@code keyId}). It lives only in memory; the store keeps it wrapped by the master key.
 */
public record DataKey(String keyId, byte[] material) {

  public static final int BYTES = 32;

  public DataKey {
    if (keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("a data key has an id");
    }
    if (material == null || material.length != BYTES) {
      throw new IllegalArgumentException("a data key is " + BYTES + " bytes");
    }
    material = material.clone();
  }

  @Override
  public byte[] material() {
    return material.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataKey key && key.keyId.equals(keyId) && Arrays.equals(key.material, material);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "DataKey[" + keyId + "]";
  }
}
