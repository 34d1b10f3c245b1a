package app.jobmate.localcloud.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule expression of EventBridge ({@code rate(...)}, {@code cron(...)}) or EventBridge
 * Scheduler (those and {@code at(yyyy-mm-ddThh:mm:ss)}), and its occurrences in a time zone.
 * In a zone with daylight saving time a cron time that the spring change skips does not run, and one
 * that the autumn change repeats runs once, as EventBridge Scheduler documents.
 */
sealed interface ScheduleExpression {

  Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");
  Pattern CRON = Pattern.compile("cron\\((.*)\\)");
  Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");

  /** The first occurrence strictly after {@code after}; rates count from {@code origin}. */
  Optional<Instant> next(Instant after, Instant origin, ZoneId zone);

  static ScheduleExpression parse(String text) {
    String expression = text.trim();
    Matcher rate = RATE.matcher(expression.toLowerCase(Locale.ROOT));
    if (rate.matches()) {
      long value = Long.parseLong(rate.group(1));
      if (value < 1) {
        throw new IllegalArgumentException(text + ": a rate must be at least 1");
      }
      Duration unit = switch (rate.group(2).replaceFirst("s$", "")) {
        case "minute" -> Duration.ofMinutes(1);
        case "hour" -> Duration.ofHours(1);
        default -> Duration.ofDays(1); // a day is 24 hours, whatever the clock change does
      };
      return new Rate(unit.multipliedBy(value));
    }
    Matcher cron = CRON.matcher(expression);
    if (cron.matches()) {
      return new Cron(CronExpression.parse(cron.group(1)));
    }
    Matcher at = AT.matcher(expression);
    if (at.matches()) {
      try {
        return new At(LocalDateTime.parse(at.group(1)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(text + " is not a valid at() expression: " + e.getMessage(), e);
      }
    }
    throw new IllegalArgumentException(text + " is not a schedule expression (rate(...), cron(...) or at(...))");
  }

  /** Every {@code period} from the origin. */
  record Rate(Duration period) implements ScheduleExpression {
    @Override
    public Optional<Instant> next(Instant after, Instant origin, ZoneId zone) {
      if (after.isBefore(origin)) {
        return Optional.of(origin);
      }
      long periods = Duration.between(origin, after).toMillis() / period.toMillis() + 1;
      return Optional.of(origin.plus(period.multipliedBy(periods)));
    }
  }

  record Cron(CronExpression cron) implements ScheduleExpression {
    @Override
    public Optional<Instant> next(Instant after, Instant origin, ZoneId zone) {
      LocalDateTime local = LocalDateTime.ofInstant(after, zone);
      while (true) {
        Optional<LocalDateTime> candidate = cron.firstAfter(local);
        if (candidate.isEmpty()) {
          return Optional.empty();
        }
        local = candidate.get();
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
          continue; // skipped by the spring clock change: EventBridge Scheduler does not run it
        }
        Instant instant = local.atZone(zone).toInstant(); // the earlier offset when the autumn change repeats the hour
        if (instant.isAfter(after)) {
          return Optional.of(instant);
        }
      }
    }
  }

  /** Once, at a local time of the zone. */
  record At(LocalDateTime time) implements ScheduleExpression {
    @Override
    public Optional<Instant> next(Instant after, Instant origin, ZoneId zone) {
      Instant instant = time.atZone(zone).toInstant();
      return instant.isAfter(after) ? Optional.of(instant) : Optional.empty();
    }
  }
}
