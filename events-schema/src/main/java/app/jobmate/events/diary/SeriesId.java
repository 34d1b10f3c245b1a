package app.jobmate.events.diary;

import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.UUID;

/** A recurring series of appointments (docs/decisions/recurring-series.md): also its stream id. */
public record SeriesId(UUID value) implements Identifier {

  public SeriesId {
    Identifier.require(value);
  }

  @JsonCreator
  public static SeriesId of(String text) {
    return new SeriesId(Identifier.parse(text));
  }

  /**
   * The id of the appointment that books this series' occurrence on {@code day}: the same every time,
   * so a retried or repeated booking of an occurrence lands in the same appointment stream. A name-based
   * UUID (RFC 9562 version 8) from SHA-256 of the series id and the day, never a client's UUIDv7.
   */
  public AppointmentId appointmentOn(LocalDate day) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(("series:" + value + ":" + day).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
      lsb = (lsb << 8) | (hash[i + 8] & 0xff);
    }
    msb = (msb & ~0xF000L) | 0x8000L;
    lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new AppointmentId(new UUID(msb, lsb));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}
