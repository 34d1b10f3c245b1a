package app.jobmate.projections.staff.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A stretch of time as London's clock shows it ({@code start}, {@code end}, {@code 2027-03-28T02:00}) and
 * as instants ({@code startsAt}, {@code endsAt}, half-open), which decide its length on clock-change days.
 */
public record Span(String start, String end, Instant startsAt, Instant endsAt) {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  public static Span of(Instant startsAt, Instant endsAt) {
    return new Span(local(startsAt), local(endsAt), startsAt, endsAt);
  }

  public long minutes() {
    return Duration.between(startsAt, endsAt).toMinutes();
  }

  private static String local(Instant instant) {
    LocalDateTime time = LocalDateTime.ofInstant(instant, LONDON);
    return time.toLocalDate() + "T" + time.toLocalTime();
  }
}
