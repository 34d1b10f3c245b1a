package app.jobmate.events.values;

import java.util.Base64;

/**
 * A personal value sealed under its customer's data key (docs/decisions/personal-data.md):
 * AES-256-GCM, the plaintext being the field's JSON. {@code keyId} names the data key, {@code nonce}
 * is the 96-bit GCM nonce and {@code ciphertext} the sealed bytes with their 128-bit tag, both base64.
 * Once the key is destroyed nothing can open it, in the store or any copy of the event.
 */
public record Sealed(String keyId, String nonce, String ciphertext) {

  public static final int NONCE_BYTES = 12;
  public static final int TAG_BYTES = 16;
  /** About 64 KiB of sealed bytes in base64: a page of notes with room to spare. */
  public static final int MAX_CIPHERTEXT = 90_000;

  public Sealed {
    if (keyId == null) {
      throw new IllegalArgumentException("keyId is required");
    }
    Identifier.parse(keyId);
    if (nonce == null || decodedLength(nonce, "nonce") != NONCE_BYTES) {
      throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes in base64");
    }
    if (ciphertext == null || ciphertext.length() > MAX_CIPHERTEXT
        || decodedLength(ciphertext, "ciphertext") <= TAG_BYTES) {
      throw new IllegalArgumentException("ciphertext must be base64 of more than " + TAG_BYTES + " bytes, at most "
          + MAX_CIPHERTEXT + " characters");
    }
  }

  public Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    this(keyId, Base64.getEncoder().encodeToString(nonce), Base64.getEncoder().encodeToString(ciphertext));
  }

  public byte[] nonceBytes() {
    return Base64.getDecoder().decode(nonce);
  }

  public byte[] ciphertextBytes() {
    return Base64.getDecoder().decode(ciphertext);
  }

  private static int decodedLength(String base64, String name) {
    if (!base64.matches("[A-Za-z0-9+/]*={0,2}") || base64.length() % 4 != 0) {
      throw new IllegalArgumentException(name + " must be base64 (RFC 4648, padded)");
    }
    return Base64.getDecoder().decode(base64).length;
  }

  @Override
  public String toString() {
    return "Sealed[keyId=" + keyId + "]";
  }
}
