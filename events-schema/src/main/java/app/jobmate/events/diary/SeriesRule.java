package app.jobmate.events.diary;

import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * When a recurring series' occurrences fall (docs/decisions/recurring-series.md): every {@code every}
 * days; or weeks on {@code weekdays}; or months on day {@code dayOfMonth} (a month without that day is
 * skipped: the 31st falls in seven months a year) or on the {@code week} (first to fourth, or last)
 * {@code weekday}. From {@code from}, until {@code until} (inclusive) or for {@code count} occurrences, or
 * open-ended (then through {@link #LAST_DAY}). Each occurrence starts at {@code startTime} on London's
 * clock and lasts {@code minutes} of real time, so 09:00 stays 09:00 across the clock changes. A start
 * the clock skips (01:00 to 01:59 on the last Sunday of March) has no instant: that occurrence does not
 * exist, as a single appointment there is refused; a start the clock shows twice is the first, in summer
 * time, as for single appointments.
 *
 * <p>{@link #occurrences} expands any window lazily: an open-ended series is never materialised.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesRule(Frequency frequency, int every, List<Weekday> weekdays, Integer dayOfMonth, MonthWeek week,
                         Weekday weekday, LocalDate from, LocalDate until, Integer count, LocalTime startTime,
                         int minutes) {

  public static final int MAX_EVERY = 99;
  public static final int MAX_COUNT = 500;
  public static final int MAX_MINUTES = 24 * 60;
  public static final LocalDate FIRST_DAY = LocalDate.of(Booking.EARLIEST_YEAR, 1, 1);
  /** Where an open-ended series ends: the day before the last year a booking may touch. */
  public static final LocalDate LAST_DAY = LocalDate.of(Booking.LATEST_YEAR - 1, 12, 31);

  public SeriesRule {
    Require.present(frequency, "frequency");
    if (every < 1 || every > MAX_EVERY) {
      throw new IllegalArgumentException("every must be 1 to " + MAX_EVERY);
    }
    switch (frequency) {
      case DAILY -> {
        if (weekdays != null || dayOfMonth != null || week != null || weekday != null) {
          throw new IllegalArgumentException("weekdays, dayOfMonth, week and weekday are not for a daily series");
        }
      }
      case WEEKLY -> {
        if (weekdays == null || weekdays.isEmpty() || weekdays.stream().anyMatch(Objects::isNull)
            || new HashSet<>(weekdays).size() != weekdays.size()) {
          throw new IllegalArgumentException("weekdays must be 1 to 7 different weekdays");
        }
        weekdays = weekdays.stream().sorted().toList();
        if (dayOfMonth != null || week != null || weekday != null) {
          throw new IllegalArgumentException("dayOfMonth, week and weekday are not for a weekly series");
        }
      }
      case MONTHLY -> {
        if (weekdays != null) {
          throw new IllegalArgumentException("weekdays are not for a monthly series");
        }
        boolean onDate = dayOfMonth != null;
        boolean onWeekday = week != null && weekday != null;
        if (onDate == onWeekday || (!onWeekday && (week != null || weekday != null))) {
          throw new IllegalArgumentException("a monthly series is on a dayOfMonth or on a week and weekday");
        }
        if (onDate && (dayOfMonth < 1 || dayOfMonth > 31)) {
          throw new IllegalArgumentException("dayOfMonth must be 1 to 31");
        }
      }
    }
    Require.present(from, "from");
    if (from.isBefore(FIRST_DAY) || from.isAfter(LAST_DAY)) {
      throw new IllegalArgumentException("from must be in the years " + FIRST_DAY.getYear() + " to " + LAST_DAY.getYear());
    }
    if (until != null && (until.isBefore(from) || until.isAfter(LAST_DAY))) {
      throw new IllegalArgumentException("until must be on or after from, at the latest " + LAST_DAY);
    }
    if (count != null && (count < 1 || count > MAX_COUNT)) {
      throw new IllegalArgumentException("count must be 1 to " + MAX_COUNT);
    }
    if (until != null && count != null) {
      throw new IllegalArgumentException("a series ends at until or after count, not both");
    }
    Require.present(startTime, "startTime");
    if (startTime.getSecond() != 0 || startTime.getNano() != 0) {
      throw new IllegalArgumentException("startTime must be to the minute");
    }
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("minutes must be 1 to " + MAX_MINUTES);
    }
  }

  /** This rule from another day (a series split: "this and following"), with the same end. */
  public SeriesRule startingOn(LocalDate day) {
    return new SeriesRule(frequency, every, weekdays, dayOfMonth, week, weekday, day, until, count, startTime, minutes);
  }

  /** This rule ending on {@code day} (inclusive), with no count. */
  public SeriesRule endingOn(LocalDate day) {
    return new SeriesRule(frequency, every, weekdays, dayOfMonth, week, weekday, from, day, null, startTime, minutes);
  }

  /** The occurrences starting on a day in [{@code windowFrom}, {@code windowTo}), in order, each once. */
  public Stream<Occurrence> occurrences(LocalDate windowFrom, LocalDate windowTo) {
    return days(windowFrom, windowTo).map(this::occurrenceOn);
  }

  /** The days of the occurrences in [{@code windowFrom}, {@code windowTo}), in order, lazily. */
  public Stream<LocalDate> days(LocalDate windowFrom, LocalDate windowTo) {
    Objects.requireNonNull(windowFrom, "windowFrom");
    Objects.requireNonNull(windowTo, "windowTo");
    Stream<LocalDate> all = count == null
        ? candidatesFrom(periodOf(windowFrom.isAfter(from) ? windowFrom : from))
        : candidatesFrom(0).limit(count);
    return all.dropWhile(day -> day.isBefore(windowFrom)).takeWhile(day -> day.isBefore(windowTo));
  }

  /** Whether an occurrence falls on {@code day}. */
  public boolean fallsOn(LocalDate day) {
    return days(day, day.plusDays(1)).findAny().isPresent();
  }

  /** The occurrence on {@code day} (the caller knows one falls there): its London times and instants. */
  public Occurrence occurrenceOn(LocalDate day) {
    LocalDateTime start = day.atTime(startTime);
    if (Booking.LONDON.getRules().getValidOffsets(start).isEmpty()) {
      return new Occurrence(day, start, null, null, null);
    }
    Instant startsAt = ZonedDateTime.ofLocal(start, Booking.LONDON, null).toInstant();
    Instant endsAt = startsAt.plus(Duration.ofMinutes(minutes));
    return new Occurrence(day, start, LocalDateTime.ofInstant(endsAt, Booking.LONDON), startsAt, endsAt);
  }

  private Stream<LocalDate> candidatesFrom(long firstPeriod) {
    LocalDate last = until != null ? until : LAST_DAY;
    return LongStream.iterate(firstPeriod, period -> period + 1)
        .mapToObj(this::periodStart)
        .takeWhile(start -> !start.isAfter(last))
        .flatMap(this::daysOfPeriod)
        .filter(day -> !day.isBefore(from))
        .takeWhile(day -> !day.isAfter(last));
  }

  private long periodOf(LocalDate day) {
    long units = switch (frequency) {
      case DAILY -> ChronoUnit.DAYS.between(from, day);
      case WEEKLY -> ChronoUnit.WEEKS.between(mondayOf(from), mondayOf(day));
      case MONTHLY -> ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(day));
    };
    return Math.floorDiv(units, every);
  }

  private LocalDate periodStart(long period) {
    return switch (frequency) {
      case DAILY -> from.plusDays(period * every);
      case WEEKLY -> mondayOf(from).plusWeeks(period * every);
      case MONTHLY -> from.withDayOfMonth(1).plusMonths(period * every);
    };
  }

  private Stream<LocalDate> daysOfPeriod(LocalDate start) {
    return switch (frequency) {
      case DAILY -> Stream.of(start);
      case WEEKLY -> weekdays.stream().map(day -> start.plusDays(day.dayOfWeek().ordinal()));
      case MONTHLY -> Stream.ofNullable(dayOfMonth != null ? onDate(YearMonth.from(start)) : onWeekday(start));
    };
  }

  private LocalDate onDate(YearMonth month) {
    return dayOfMonth <= month.lengthOfMonth() ? month.atDay(dayOfMonth) : null;
  }

  private LocalDate onWeekday(LocalDate firstOfMonth) {
    return switch (week) {
      case LAST -> firstOfMonth.with(TemporalAdjusters.lastInMonth(weekday.dayOfWeek()));
      case FIRST, SECOND, THIRD, FOURTH ->
          firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(week.ordinal() + 1, weekday.dayOfWeek()));
    };
  }

  private static LocalDate mondayOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * One occurrence: its day, London start and end, and their instants; {@code startsAt} and the rest are
   * absent when the clock skips the start time that day (the occurrence does not exist).
   */
  public record Occurrence(LocalDate day, LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt) {

    public boolean exists() {
      return startsAt != null;
    }
  }

  /** How often a series repeats. */
  public enum Frequency {
    DAILY("daily"), WEEKLY("weekly"), MONTHLY("monthly");

    private final String wireName;

    Frequency(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }

    @JsonCreator
    public static Frequency fromWireName(String wireName) {
      return Arrays.stream(values()).filter(f -> f.wireName.equals(wireName)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown frequency '" + wireName + "'; expected one of "
              + Arrays.stream(values()).map(Frequency::wireName).toList()));
    }
  }

  /** Which of a month's weekdays: the first to the fourth, or the last. */
  public enum MonthWeek {
    FIRST("first"), SECOND("second"), THIRD("third"), FOURTH("fourth"), LAST("last");

    private final String wireName;

    MonthWeek(String wireName) {
      this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
      return wireName;
    }

    @JsonCreator
    public static MonthWeek fromWireName(String wireName) {
      return Arrays.stream(values()).filter(w -> w.wireName.equals(wireName)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown week '" + wireName + "'; expected one of "
              + Arrays.stream(values()).map(MonthWeek::wireName).toList()));
    }
  }

  /** A weekday as the wire names it (lower case, as working weeks do). */
  public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public DayOfWeek dayOfWeek() {
      return DayOfWeek.valueOf(name());
    }

    public static Weekday of(DayOfWeek day) {
      return valueOf(day.name());
    }

    @JsonValue
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Weekday fromWireName(String wireName) {
      return Arrays.stream(values()).filter(d -> d.wireName().equals(wireName)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown weekday '" + wireName + "'; expected one of "
              + Arrays.stream(values()).map(Weekday::wireName).toList()));
    }
  }
}
