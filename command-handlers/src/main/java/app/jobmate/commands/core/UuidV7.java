package app.jobmate.commands.core;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** UUIDv7 (RFC 9562): a millisecond timestamp then random bits, so ids sort by creation time. */
public final class UuidV7 {

  private static final SecureRandom RANDOM = new SecureRandom();

  private UuidV7() {
  }

  public static UUID at(Instant time) {
    long millis = time.toEpochMilli();
    long randA = RANDOM.nextInt(1 << 12);
    long msb = (millis << 16) | (0x7L << 12) | randA;
    long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
