package app.jobmate.events.resources;

import app.jobmate.events.values.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a member is away (docs/decisions/availability.md): whole London days ({@code wholeDays}: from the
 * first day's midnight to the midnight after the last, at most {@link #MAX_DAYS} days) or a part of one
 * day ({@code start} to {@code end} on the same London day, {@code end} at the latest the next midnight).
 * The times are London's clock ({@code start}, {@code end}) and the instants it shows them at
 * ({@code startsAt}, {@code endsAt}, the earlier of two on a repeated hour; a skipped time has none and
 * is refused before an event is made). The interval is half-open, as the diary's.
 */
public record Absence(AbsenceKind kind, boolean wholeDays, LocalDateTime start, LocalDateTime end, Instant startsAt,
                      Instant endsAt) {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  public static final int MAX_DAYS = 366;
  public static final int EARLIEST_YEAR = 2000;
  public static final int LATEST_YEAR = 2100;

  public Absence {
    Require.present(kind, "kind");
    Require.present(start, "start");
    Require.present(end, "end");
    Require.present(startsAt, "startsAt");
    Require.present(endsAt, "endsAt");
    if (start.getYear() < EARLIEST_YEAR || end.getYear() > LATEST_YEAR + 1) {
      throw new IllegalArgumentException("start and end must be in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR);
    }
    if (!LocalDateTime.ofInstant(startsAt, LONDON).equals(start) || !LocalDateTime.ofInstant(endsAt, LONDON).equals(end)) {
      throw new IllegalArgumentException("startsAt and endsAt must be the instants of start and end in Europe/London");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("an absence ends after it starts");
    }
    LocalDateTime nextMidnight = start.toLocalDate().plusDays(1).atStartOfDay();
    if (wholeDays) {
      if (!start.toLocalTime().equals(LocalTime.MIDNIGHT) || !end.toLocalTime().equals(LocalTime.MIDNIGHT)
          || ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) > MAX_DAYS) {
        throw new IllegalArgumentException("whole days run from a midnight to a midnight, at most " + MAX_DAYS + " days");
      }
    } else if (end.isAfter(nextMidnight)) {
      throw new IllegalArgumentException("a part of a day ends on the day it starts (at the latest the next midnight)");
    }
  }

  /** Whole London days, {@code first} through {@code last}. */
  public static Absence days(AbsenceKind kind, LocalDate first, LocalDate last) {
    LocalDateTime start = first.atStartOfDay();
    LocalDateTime end = last.plusDays(1).atStartOfDay();
    return new Absence(kind, true, start, end, start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant());
  }

  /** The first London day it touches. */
  public LocalDate firstDay() {
    return start.toLocalDate();
  }

  /** The last London day it touches (the day of its last moment). */
  public LocalDate lastDay() {
    return LocalDateTime.ofInstant(endsAt.minusNanos(1), LONDON).toLocalDate();
  }

  public Duration length() {
    return Duration.between(startsAt, endsAt);
  }

  /** Whether the two share a moment (half-open: one ending as the other starts does not). */
  public boolean overlaps(Absence other) {
    return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
  }
}
