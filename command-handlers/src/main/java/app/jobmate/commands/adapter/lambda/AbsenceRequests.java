package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.core.Rejection;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.AbsenceKind;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The JSON of {@code POST /resources/staff/{memberId}/absences}, read strictly: either whole London days
 * ({@code firstDay}, {@code lastDay}, at most 366 days) or a part of one day ({@code start}, {@code end},
 * local times to the minute, {@code end} on the same day or its midnight {@code T24:00} written as the next
 * day's {@code T00:00}). A time the clock skips is 422 {@code resource.time-does-not-exist} naming the
 * field; a time it shows twice is the first, as in the diary.
 */
final class AbsenceRequests {

  static final String[] FIELDS = {"absenceId", "kind", "firstDay", "lastDay", "start", "end",
      CommandRequests.EXPECTED_VERSION};
  static final LocalDate EARLIEST = LocalDate.of(Absence.EARLIEST_YEAR, 1, 1);
  private static final Pattern LOCAL_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}");

  private AbsenceRequests() {
  }

  /** The absence asked for, its times not yet placed on London's clock. */
  record Requested(AbsenceId absenceId, AbsenceKind kind, LocalDate firstDay, LocalDate lastDay, LocalDateTime start,
                   LocalDateTime end) {

    /**
     * The absence, its times placed on London's clock.
     *
     * @throws Rejection 422 {@code resource.time-does-not-exist} naming {@code start} or {@code end}
     */
    Absence absence() {
      if (firstDay != null) {
        return Absence.days(kind, firstDay, lastDay);
      }
      return new Absence(kind, false, start, end, instantOf(start, "start"), instantOf(end, "end"));
    }
  }

  /** Every field checked; {@code null} when any is invalid. {@code today}: London's date, for the upper bound. */
  static Requested read(Fields f, LocalDate today) {
    f.allowOnly(FIELDS);
    LocalDate latest = today.plusYears(10);
    AbsenceId absenceId = f.required("absenceId", Reader.id(AbsenceId::of));
    AbsenceKind kind = f.required("kind", Reader.text(20, AbsenceKind::fromWireName));
    boolean days = f.has("firstDay") || f.has("lastDay");
    boolean part = f.has("start") || f.has("end");
    if (days && part) {
      f.reject(f.has("start") ? "start" : "end", "give whole days (firstDay, lastDay) or a part of a day (start, end), "
          + "not both");
      return null;
    }
    if (!days && !part) {
      f.reject("firstDay", "is required (or start and end, for a part of a day)");
      return null;
    }
    if (days) {
      LocalDate first = f.required("firstDay", Reader.date(EARLIEST, latest));
      LocalDate last = f.required("lastDay", Reader.date(EARLIEST, latest));
      if (first != null && last != null) {
        if (last.isBefore(first)) {
          f.reject("lastDay", "must be firstDay or a later day");
        } else if (ChronoUnit.DAYS.between(first, last) + 1 > Absence.MAX_DAYS) {
          f.reject("lastDay", "must be at most " + Absence.MAX_DAYS + " days from firstDay (record a longer absence "
              + "in parts)");
        }
      }
      return f.isValid() ? new Requested(absenceId, kind, first, last, null, null) : null;
    }
    LocalDateTime start = f.required("start", localTime(latest));
    LocalDateTime end = f.required("end", localTime(latest));
    if (start != null && end != null) {
      if (!end.isAfter(start)) {
        f.reject("end", "must be after start");
      } else if (end.isAfter(start.toLocalDate().plusDays(1).atStartOfDay())) {
        f.reject("end", "must be on the day of start (at the latest its midnight): for longer, give whole days");
      }
    }
    return f.isValid() ? new Requested(absenceId, kind, null, null, start, end) : null;
  }

  /** A local date-time to the minute, from 2000 to ten years ahead. */
  private static Reader<LocalDateTime> localTime(LocalDate latest) {
    return Reader.text(16, text -> {
      if (!LOCAL_TIME.matcher(text).matches()) {
        throw new IllegalArgumentException("must be a local date and time in Europe/London, YYYY-MM-DDTHH:MM");
      }
      LocalDateTime time;
      try {
        time = LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("is not a date and time that exists on the calendar");
      }
      if (time.toLocalDate().isBefore(EARLIEST) || time.toLocalDate().isAfter(latest)) {
        throw new IllegalArgumentException("must be from " + EARLIEST + " to ten years ahead");
      }
      return time;
    });
  }

  /**
   * The instant London's clock shows {@code time}: the earlier of two when the clock goes back.
   *
   * @throws Rejection 422 when the clock skips it (forward an hour at 01:00 on the last Sunday of March)
   */
  static Instant instantOf(LocalDateTime time, String field) {
    if (Absence.LONDON.getRules().getValidOffsets(time).isEmpty()) {
      throw Rejection.unprocessable("resource.time-does-not-exist", field + " " + time
          + " does not exist in Europe/London: the clocks go forward an hour then; choose a time after it", field);
    }
    return time.atZone(Absence.LONDON).toInstant();
  }
}
