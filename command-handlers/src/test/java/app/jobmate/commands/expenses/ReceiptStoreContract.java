package app.jobmate.commands.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.events.values.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReceiptStore} does: a grant lets exactly one upload of its key, its type and up
 * to 10 MB before it expires, and {@code find} tells the size and the first bytes of what is stored.
 */
public abstract class ReceiptStoreContract {

  protected static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  protected abstract ReceiptStore store();

  /** Uploads as a browser would with the grant, at {@code at}: true if stored, false if refused. */
  protected abstract boolean upload(ReceiptStore.UploadGrant grant, String contentType, byte[] content, Instant at);

  private static ReceiptKey newKey() {
    return new ReceiptKey(TenantId.of("t-acme"), new ExpenseId(UUID.randomUUID()),
        app.jobmate.commands.core.UuidV7.at(Instant.now()));
  }

  @Test
  void nothing_is_found_under_a_key_nobody_uploaded_to() {
    assertThat(store().find(newKey())).isEmpty();
  }

  @Test
  void an_upload_with_its_grant_is_found_with_its_size_and_first_bytes() {
    ReceiptKey key = newKey();
    Instant now = Instant.now();
    ReceiptStore.UploadGrant grant = store().grantUpload(key, ReceiptType.PDF, now);

    assertThat(grant.expiresAt()).isEqualTo(now.plus(ReceiptStore.GRANT_VALIDITY).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(grant.fields()).containsEntry("key", key.toString()).containsEntry("Content-Type", "application/pdf");
    assertThat(upload(grant, "application/pdf", PDF, now.plusSeconds(1))).isTrue();

    ReceiptStore.StoredReceipt stored = store().find(key).orElseThrow();
    assertThat(stored.size()).isEqualTo(PDF.length);
    assertThat(stored.firstBytes()).isEqualTo(Arrays.copyOf(PDF, ReceiptType.SIGNATURE_BYTES));
    assertThat(ReceiptType.sniff(stored.firstBytes())).contains(ReceiptType.PDF);
  }

  @Test
  void an_upload_of_another_type_over_ten_megabytes_or_after_the_grant_expired_is_refused_and_nothing_is_stored() {
    ReceiptKey key = newKey();
    Instant now = Instant.now();
    ReceiptStore.UploadGrant grant = store().grantUpload(key, ReceiptType.PDF, now);
    ReceiptStore.UploadGrant stale = store().grantUpload(newKey(), ReceiptType.PDF, now.minus(Duration.ofMinutes(10)));

    assertThat(upload(grant, "image/png", PDF, now.plusSeconds(1))).isFalse();
    assertThat(upload(grant, "application/pdf", new byte[(int) ReceiptStore.MAX_BYTES + 1], now.plusSeconds(1))).isFalse();
    assertThat(upload(stale, "application/pdf", PDF, now.plusSeconds(1))).isFalse();
    assertThat(store().find(key)).isEmpty();
    assertThat(store().find(ReceiptKey.parse(stale.fields().get("key")))).isEmpty();
  }
}
