package app.jobmate.events.values;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An identifier that is a UUID. New records get client-generated UUIDv7s, so that a retried
 * create lands in the same stream (docs/architecture.md, "The write side").
 */
public interface Identifier {

  Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  UUID value();

  /** Parses the canonical 36-character form only ({@link UUID#fromString} accepts more). */
  static UUID parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw new IllegalArgumentException("must be a UUID such as 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    }
    return UUID.fromString(text);
  }

  /**
   * Parses an id a client made for a new record: a UUIDv7 (RFC 9562: version 7, variant 10xx),
   * which sorts by creation time and is never the nil or max UUID. Ids that only name an existing
   * record are checked by looking the record up.
   */
  static UUID parseVersion7(String text) {
    UUID uuid = parse(text);
    if (uuid.version() != 7 || uuid.variant() != 2) {
      throw new IllegalArgumentException("must be a UUIDv7 (version 7, RFC 9562) such as 0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");
    }
    return uuid;
  }

  static UUID require(UUID value) {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    return value;
  }
}
