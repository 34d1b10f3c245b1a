package app.jobmate.projections.staff.availability;

import app.jobmate.events.resources.TimeRange;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.projections.staff.availability.Intervals.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's availability day by day (docs/decisions/availability.md), pure: the working ranges of each
 * London day's weekday placed on that day's clock, minus the absences, minus the booked time. A range's
 * start and end are the first instant London's clock shows them (the earlier of a repeated hour); a time
 * the clock skips is placed at the end of the gap (the clocks read 02:00 then), so a 00:00-03:00 range is
 * 2 hours on the last Sunday of March and 4 on the last Sunday of October.
 */
public final class Availability {

  public static final int MAX_DAYS = 62;

  private Availability() {
  }

  /** Each London day {@code first} to {@code last}, in order. */
  public static List<AvailableDay> of(WorkingWeek week, List<Interval> absences, List<Interval> booked,
                                      LocalDate first, LocalDate last) {
    Intervals away = Intervals.of(absences);
    Intervals taken = Intervals.of(booked);
    List<AvailableDay> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Intervals working = working(week, day);
      Intervals present = working.minus(away);
      Intervals free = present.minus(taken);
      days.add(new AvailableDay(day.toString(), spans(working), spans(free), working.length().toMinutes(),
          working.within(away).length().toMinutes(), present.within(taken).length().toMinutes(),
          free.length().toMinutes()));
    }
    return days;
  }

  /** The working ranges of {@code day}'s weekday as instants on that day's clock. */
  public static Intervals working(WorkingWeek week, LocalDate day) {
    List<Interval> ranges = new ArrayList<>();
    for (TimeRange range : week.on(day.getDayOfWeek())) {
      Instant start = placed(day.atTime(range.startTime()));
      Instant end = placed(day.atTime(range.endTime()));
      if (end.isAfter(start)) {
        ranges.add(new Interval(start, end));
      }
    }
    return Intervals.of(ranges);
  }

  /** The first instant London's clock shows {@code time}; in a gap, the instant the gap ends. */
  static Instant placed(LocalDateTime time) {
    ZoneOffsetTransition transition = Span.LONDON.getRules().getTransition(time);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    return time.atZone(Span.LONDON).toInstant();
  }

  /** Midnight starting {@code day} in London (never in a gap: the clocks change at 01:00). */
  public static Instant startOf(LocalDate day) {
    return day.atTime(LocalTime.MIDNIGHT).atZone(Span.LONDON).toInstant();
  }

  private static List<Span> spans(Intervals intervals) {
    return intervals.items().stream().map(i -> Span.of(i.start(), i.end())).toList();
  }
}
