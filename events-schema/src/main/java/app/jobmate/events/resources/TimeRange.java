package app.jobmate.events.resources;

import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * A stretch of a working day in Europe/London local clock time, to the minute: {@code start} before
 * {@code end}, both {@code HH:mm} from 00:00 to 23:59 (a shift does not run past midnight).
 */
public record TimeRange(String start, String end) {

  private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  public TimeRange {
    if (start == null || !HH_MM.matcher(start).matches()) {
      throw new IllegalArgumentException("start must be a time of day such as 08:00");
    }
    if (end == null || !HH_MM.matcher(end).matches()) {
      throw new IllegalArgumentException("end must be a time of day such as 16:30");
    }
    if (!LocalTime.parse(start).isBefore(LocalTime.parse(end))) {
      throw new IllegalArgumentException("a working range ends after it starts: " + start + "-" + end);
    }
  }

  public LocalTime startTime() {
    return LocalTime.parse(start);
  }

  public LocalTime endTime() {
    return LocalTime.parse(end);
  }

  /** Its length on the clock (not across a clock change: see the availability read model). */
  public Duration clockLength() {
    return Duration.between(startTime(), endTime());
  }
}
