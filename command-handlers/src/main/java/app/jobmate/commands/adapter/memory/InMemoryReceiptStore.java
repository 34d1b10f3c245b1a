package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.expenses.ReceiptStore;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receipts in memory. A grant is remembered with its key, type and expiry, and {@link #upload}
 * applies it as S3 applies a presigned POST's policy: the key, the type, the size and the time.
 */
public final class InMemoryReceiptStore implements ReceiptStore {

  private record Granted(ReceiptType type, Instant expiresAt) {
  }

  private final Map<String, Granted> grants = new ConcurrentHashMap<>();
  private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

  @Override
  public UploadGrant grantUpload(ReceiptKey key, ReceiptType type, Instant now) {
    Instant expiresAt = now.plus(GRANT_VALIDITY).truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as a policy states it
    grants.put(key.toString(), new Granted(type, expiresAt));
    return new UploadGrant(URI.create("memory://receipts"), Map.of("key", key.toString(), "Content-Type", type.mediaType()),
        expiresAt);
  }

  /** Uploads as a browser would with a grant: refused (false) outside its policy, as S3 refuses it. */
  public boolean upload(String key, String contentType, byte[] content, Instant at) {
    Granted granted = grants.get(key);
    if (granted == null || !granted.type().mediaType().equals(contentType) || at.isAfter(granted.expiresAt())
        || content.length < 1 || content.length > MAX_BYTES) {
      return false;
    }
    objects.put(key, content.clone());
    return true;
  }

  @Override
  public Optional<StoredReceipt> find(ReceiptKey key) {
    byte[] content = objects.get(key.toString());
    return content == null ? Optional.empty()
        : Optional.of(new StoredReceipt(content.length, Arrays.copyOf(content, Math.min(content.length, ReceiptType.SIGNATURE_BYTES))));
  }
}
