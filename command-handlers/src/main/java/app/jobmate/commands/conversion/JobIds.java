package app.jobmate.commands.conversion;

import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The id of the job a quote converts to, derived from the quote's id: every attempt at converting a
 * quote names the same job stream. A version 8 UUID (RFC 9562, custom) of the first 128 bits of
 * SHA-256 over a fixed prefix and the quote's id, so it never collides with a client's UUIDv7.
 */
public final class JobIds {

  private static final String PREFIX = "jobmate:job-of-quote:";

  private JobIds() {
  }

  public static JobId fromQuote(QuoteId quote) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest((PREFIX + quote).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x80); // version 8
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // variant 10xx
    ByteBuffer bytes = ByteBuffer.wrap(hash);
    return new JobId(new UUID(bytes.getLong(), bytes.getLong()));
  }
}
