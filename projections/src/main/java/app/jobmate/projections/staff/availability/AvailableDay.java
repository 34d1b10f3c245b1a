package app.jobmate.projections.staff.availability;

import java.util.List;

/**
 * A member's London day: the working ranges of its weekday placed on that day's clock, and what is free of
 * them once absences and diary bookings are taken out, each as local times and instants. The minutes are
 * counted on instants: {@code workingMinutes = absentMinutes + bookedMinutes + freeMinutes}, where booked
 * time within an absence counts as absent only.
 */
public record AvailableDay(String day, List<Span> working, List<Span> free, long workingMinutes, long absentMinutes,
                           long bookedMinutes, long freeMinutes) {

  public AvailableDay {
    working = List.copyOf(working);
    free = List.copyOf(free);
  }
}
