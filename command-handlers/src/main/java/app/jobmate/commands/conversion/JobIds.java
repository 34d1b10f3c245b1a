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
 * quote names the same job stream. A UUIDv7 like every other id, so that it is accepted wherever a
 * job is named (a task's {@code jobId}): the quote's 48-bit timestamp (the job sorts with the quote's
 * creation), and its other 74 bits from SHA-256 over a fixed prefix and the quote's id.
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
    long timestamp = quote.value().getMostSignificantBits() >>> 16; // the quote's unix milliseconds (48 bits)
    ByteBuffer random = ByteBuffer.wrap(hash);
    long high = (timestamp << 16) | 0x7000L | (random.getShort() & 0x0fffL); // version 7
    long low = (random.getLong() & 0x3fffffffffffffffL) | 0x8000000000000000L; // variant 10xx
    return new JobId(new UUID(high, low));
  }
}
