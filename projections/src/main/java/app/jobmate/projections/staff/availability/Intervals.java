package app.jobmate.projections.staff.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Half-open intervals of instants: merged, subtracted, clipped, measured. */
public record Intervals(List<Interval> items) {

  public Intervals {
    items = merged(items);
  }

  public record Interval(Instant start, Instant end) {
    public Interval {
      if (start == null || end == null || !end.isAfter(start)) {
        throw new IllegalArgumentException("an interval ends after it starts");
      }
    }
  }

  public static Intervals of(List<Interval> items) {
    return new Intervals(items);
  }

  /** What is left of these once {@code other} is taken out. */
  public Intervals minus(Intervals other) {
    List<Interval> left = new ArrayList<>();
    for (Interval kept : items) {
      Instant from = kept.start();
      for (Interval cut : other.items()) {
        if (!cut.end().isAfter(from) || !cut.start().isBefore(kept.end())) {
          continue;
        }
        if (cut.start().isAfter(from)) {
          left.add(new Interval(from, cut.start()));
        }
        from = cut.end().isAfter(from) ? cut.end() : from;
        if (!from.isBefore(kept.end())) {
          break;
        }
      }
      if (from.isBefore(kept.end())) {
        left.add(new Interval(from, kept.end()));
      }
    }
    return new Intervals(left);
  }

  /** The parts of these within {@code other}. */
  public Intervals within(Intervals other) {
    return minus(minus(other));
  }

  public Duration length() {
    Duration total = Duration.ZERO;
    for (Interval i : items) {
      total = total.plus(Duration.between(i.start(), i.end()));
    }
    return total;
  }

  /** Sorted by start, overlapping and touching ones joined. */
  private static List<Interval> merged(List<Interval> items) {
    List<Interval> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(Interval::start));
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      if (!merged.isEmpty() && !next.start().isAfter(merged.getLast().end())) {
        Interval last = merged.removeLast();
        merged.add(new Interval(last.start(), next.end().isAfter(last.end()) ? next.end() : last.end()));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }
}
