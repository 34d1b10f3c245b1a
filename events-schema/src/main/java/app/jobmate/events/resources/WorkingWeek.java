package app.jobmate.events.resources;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A member's working hours per weekday in Europe/London local time: none (not working that day) or up
 * to {@link #MAX_RANGES} ranges, in order and not overlapping (touching is not an overlap).
 */
public record WorkingWeek(List<TimeRange> monday, List<TimeRange> tuesday, List<TimeRange> wednesday,
                          List<TimeRange> thursday, List<TimeRange> friday, List<TimeRange> saturday,
                          List<TimeRange> sunday) {

  public static final int MAX_RANGES = 4;
  public static final WorkingWeek NONE = new WorkingWeek(List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of());

  public WorkingWeek {
    monday = day(monday, "monday");
    tuesday = day(tuesday, "tuesday");
    wednesday = day(wednesday, "wednesday");
    thursday = day(thursday, "thursday");
    friday = day(friday, "friday");
    saturday = day(saturday, "saturday");
    sunday = day(sunday, "sunday");
  }

  /** The ranges of {@code day}, in order. */
  public List<TimeRange> on(DayOfWeek day) {
    return switch (day) {
      case MONDAY -> monday;
      case TUESDAY -> tuesday;
      case WEDNESDAY -> wednesday;
      case THURSDAY -> thursday;
      case FRIDAY -> friday;
      case SATURDAY -> saturday;
      case SUNDAY -> sunday;
    };
  }

  /** The ranges sorted by start, checked: at most {@link #MAX_RANGES}, none overlapping the next. */
  public static List<TimeRange> day(List<TimeRange> ranges, String name) {
    if (ranges == null) {
      return List.of();
    }
    if (ranges.size() > MAX_RANGES) {
      throw new IllegalArgumentException(name + " has at most " + MAX_RANGES + " working ranges");
    }
    List<TimeRange> sorted = new ArrayList<>(ranges);
    if (sorted.contains(null)) {
      throw new IllegalArgumentException(name + " has a missing range");
    }
    sorted.sort(Comparator.comparing(TimeRange::startTime));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).startTime().isBefore(sorted.get(i - 1).endTime())) {
        throw new IllegalArgumentException(name + ": " + sorted.get(i - 1).start() + "-" + sorted.get(i - 1).end()
            + " overlaps " + sorted.get(i).start() + "-" + sorted.get(i).end());
      }
    }
    return List.copyOf(sorted);
  }
}
