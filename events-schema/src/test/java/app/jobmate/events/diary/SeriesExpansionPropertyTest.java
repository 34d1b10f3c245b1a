package app.jobmate.events.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.diary.SeriesRule.Frequency;
import app.jobmate.events.diary.SeriesRule.MonthWeek;
import app.jobmate.events.diary.SeriesRule.Occurrence;
import app.jobmate.events.diary.SeriesRule.Weekday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Series expansion as properties (jqwik): for random rules and windows, the occurrences are exactly the
 * days a day-by-day reading of the rule accepts, in order, each once, inside the window; a window split
 * in two expands to the same days; the start stays the same London time on every day it exists.
 */
class SeriesExpansionPropertyTest {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  @Property(tries = 400)
  void the_occurrences_of_a_window_are_exactly_the_rule_days_in_it_in_order_each_once(
      @ForAll("rules") SeriesRule rule, @ForAll @IntRange(min = -60, max = 900) int windowOffset,
      @ForAll @IntRange(min = 0, max = 400) int windowLength) {
    LocalDate windowFrom = rule.from().plusDays(windowOffset);
    LocalDate windowTo = windowFrom.plusDays(windowLength);

    List<LocalDate> days = rule.days(windowFrom, windowTo).toList();

    assertThat(days).isSorted().doesNotHaveDuplicates();
    assertThat(days).allSatisfy(day -> assertThat(day).isAfterOrEqualTo(windowFrom).isBefore(windowTo));
    assertThat(days).isEqualTo(dayByDay(rule, windowFrom, windowTo));
  }

  @Property(tries = 300)
  void expanding_a_window_in_two_parts_gives_the_same_days_as_in_one(
      @ForAll("rules") SeriesRule rule, @ForAll @IntRange(min = -30, max = 600) int a,
      @ForAll @IntRange(min = 0, max = 300) int ab, @ForAll @IntRange(min = 0, max = 300) int bc) {
    LocalDate from = rule.from().plusDays(a);
    LocalDate middle = from.plusDays(ab);
    LocalDate to = middle.plusDays(bc);

    List<LocalDate> parts = Stream.concat(rule.days(from, middle), rule.days(middle, to)).toList();

    assertThat(parts).isEqualTo(rule.days(from, to).toList());
  }

  @Property(tries = 300)
  void every_occurrence_starts_at_the_rule_time_on_londons_clock_and_lasts_its_minutes_when_that_time_exists(
      @ForAll("rules") SeriesRule rule) {
    List<Occurrence> occurrences = rule.occurrences(rule.from(), rule.from().plusDays(800)).toList();

    assertThat(occurrences).allSatisfy(occurrence -> {
      assertThat(occurrence.start()).isEqualTo(occurrence.day().atTime(rule.startTime()));
      if (occurrence.exists()) {
        assertThat(java.time.LocalDateTime.ofInstant(occurrence.startsAt(), Booking.LONDON)).isEqualTo(occurrence.start());
        assertThat(ChronoUnit.MINUTES.between(occurrence.startsAt(), occurrence.endsAt())).isEqualTo(rule.minutes());
      } else {
        assertThat(Booking.LONDON.getRules().getValidOffsets(occurrence.start())).isEmpty();
      }
    });
  }

  @Property(tries = 200)
  void an_open_ended_series_expands_a_window_decades_ahead_without_walking_there(
      @ForAll("rules") SeriesRule rule, @ForAll @IntRange(min = 20_000, max = 25_000) int offset) {
    SeriesRule openEnded = new SeriesRule(rule.frequency(), rule.every(), rule.weekdays(), rule.dayOfMonth(), rule.week(),
        rule.weekday(), rule.from(), null, null, rule.startTime(), rule.minutes());
    LocalDate windowFrom = rule.from().plusDays(offset);

    assertThat(openEnded.days(windowFrom, windowFrom.plusDays(120)).toList())
        .isEqualTo(dayByDay(openEnded, windowFrom, windowFrom.plusDays(120)));
  }

  /** The rule read the slow way: each day of the window checked on its own (and counted from the start). */
  private static List<LocalDate> dayByDay(SeriesRule rule, LocalDate windowFrom, LocalDate windowTo) {
    LocalDate last = rule.until() != null ? rule.until() : SeriesRule.LAST_DAY;
    List<LocalDate> days = new ArrayList<>();
    int index = 0;
    LocalDate start = rule.count() != null || windowFrom.isBefore(rule.from()) ? rule.from() : windowFrom;
    for (LocalDate day = start; day.isBefore(windowTo) && !day.isAfter(last); day = day.plusDays(1)) {
      if (!isRuleDay(rule, day)) {
        continue;
      }
      index++;
      if (rule.count() != null && index > rule.count()) {
        break;
      }
      if (!day.isBefore(windowFrom)) {
        days.add(day);
      }
    }
    return days;
  }

  private static boolean isRuleDay(SeriesRule rule, LocalDate day) {
    return switch (rule.frequency()) {
      case DAILY -> ChronoUnit.DAYS.between(rule.from(), day) % rule.every() == 0;
      case WEEKLY -> rule.weekdays().contains(Weekday.of(day.getDayOfWeek()))
          && ChronoUnit.WEEKS.between(monday(rule.from()), monday(day)) % rule.every() == 0;
      case MONTHLY -> ChronoUnit.MONTHS.between(YearMonth.from(rule.from()), YearMonth.from(day)) % rule.every() == 0
          && (rule.dayOfMonth() != null ? day.getDayOfMonth() == rule.dayOfMonth() : isNthWeekday(rule, day));
    };
  }

  private static boolean isNthWeekday(SeriesRule rule, LocalDate day) {
    if (day.getDayOfWeek() != rule.weekday().dayOfWeek()) {
      return false;
    }
    int nth = (day.getDayOfMonth() - 1) / 7 + 1;
    return rule.week() == MonthWeek.LAST ? day.plusWeeks(1).getMonth() != day.getMonth() : nth == rule.week().ordinal() + 1;
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  @Provide
  Arbitrary<SeriesRule> rules() {
    Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 3 * 365).map(BASE::plusDays);
    Arbitrary<LocalTime> time = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    Arbitrary<Integer> minutes = Arbitraries.integers().between(1, SeriesRule.MAX_MINUTES);
    Arbitrary<Integer> ending = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> extent = Arbitraries.integers().between(1, 200);
    Arbitrary<Frequency> frequency = Arbitraries.of(Frequency.class);
    Arbitrary<Integer> every = Arbitraries.oneOf(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 13));
    Arbitrary<List<Weekday>> weekdays = Arbitraries.of(Weekday.class).set().ofMinSize(1).ofMaxSize(7)
        .map(set -> new ArrayList<>(new HashSet<>(set)));
    Arbitrary<Object[]> monthly = Combinators.combine(Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(1, 31), Arbitraries.of(MonthWeek.class), Arbitraries.of(Weekday.class))
        .as((onDate, dayOfMonth, week, weekday) -> new Object[] {onDate, dayOfMonth, week, weekday});
    return Combinators.combine(frequency, every, weekdays, monthly, from, time, minutes, Combinators.combine(ending, extent)
            .as((e, n) -> new int[] {e, n}))
        .as((f, n, days, month, start, at, length, end) -> {
          boolean onDate = (Integer) month[0] == 1;
          LocalDate until = end[0] == 1 ? start.plusDays(end[1] * 3L) : null;
          Integer count = end[0] == 2 ? end[1] : null;
          return switch (f) {
            case DAILY -> new SeriesRule(f, n, null, null, null, null, start, until, count, at, length);
            case WEEKLY -> new SeriesRule(f, n, days, null, null, null, start, until, count, at, length);
            case MONTHLY -> onDate
                ? new SeriesRule(f, n, null, (Integer) month[1], null, null, start, until, count, at, length)
                : new SeriesRule(f, n, null, null, (MonthWeek) month[2], (Weekday) month[3], start, until, count, at, length);
          };
        });
  }
}
