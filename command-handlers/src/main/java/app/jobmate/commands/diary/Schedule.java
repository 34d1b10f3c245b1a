package app.jobmate.commands.diary;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A member's schedule on a London day: the reservations standing, by appointment (a released one no longer stands). */
public record Schedule(Map<AppointmentId, TimeReserved> standing) {

  public Schedule {
    standing = Map.copyOf(standing);
  }

  public static Schedule empty() {
    return new Schedule(Map.of());
  }

  /** The reservations standing, other than {@code appointment}'s, that share a moment with {@code booking}. */
  public List<TimeReserved> clashesWith(AppointmentId appointment, Booking booking) {
    return standing.values().stream()
        .filter(r -> !r.appointmentId().equals(appointment) && r.booking().overlaps(booking))
        .sorted(java.util.Comparator.comparing((TimeReserved r) -> r.booking().startsAt())
            .thenComparing(r -> r.appointmentId().toString()))
        .toList();
  }

  Schedule with(TimeReserved reserved) {
    Map<AppointmentId, TimeReserved> next = new LinkedHashMap<>(standing);
    next.put(reserved.appointmentId(), reserved);
    return new Schedule(next);
  }

  Schedule without(AppointmentId appointment) {
    Map<AppointmentId, TimeReserved> next = new LinkedHashMap<>(standing);
    next.remove(appointment);
    return new Schedule(next);
  }
}
