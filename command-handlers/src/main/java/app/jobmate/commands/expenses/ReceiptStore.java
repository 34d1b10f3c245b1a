package app.jobmate.commands.expenses;

import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where receipts are uploaded and kept (the receipts bucket): it grants one upload of one receipt,
 * and says what, if anything, was uploaded under a key.
 */
public interface ReceiptStore {

  /** The largest receipt: a photo of a till roll or a scanned invoice, not a document archive. */
  long MAX_BYTES = 10L * 1024 * 1024;

  /** How long a grant may be used. */
  Duration GRANT_VALIDITY = Duration.ofMinutes(5);

  /**
   * A grant to upload one receipt of {@code type}, of 1 byte to {@link #MAX_BYTES}, to exactly
   * {@code key}, valid for {@link #GRANT_VALIDITY} from {@code now}: the URL to POST a form to and
   * the fields to send before the file.
   */
  UploadGrant grantUpload(ReceiptKey key, ReceiptType type, Instant now);

  /** What is stored under {@code key}: its size and its first {@link ReceiptType#SIGNATURE_BYTES} bytes. */
  Optional<StoredReceipt> find(ReceiptKey key);

  record UploadGrant(URI url, Map<String, String> fields, Instant expiresAt) {
    public UploadGrant {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }

  record StoredReceipt(long size, byte[] firstBytes) {
    public StoredReceipt {
      firstBytes = firstBytes.clone();
    }

    @Override
    public byte[] firstBytes() {
      return firstBytes.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof StoredReceipt o && o.size == size && java.util.Arrays.equals(o.firstBytes, firstBytes);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(size) * 31 + java.util.Arrays.hashCode(firstBytes);
    }

    @Override
    public String toString() {
      return "StoredReceipt[" + size + " bytes]";
    }
  }
}
