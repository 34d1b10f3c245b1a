package app.jobmate.commands.diary;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A bookable's schedule on a London day: the reservations standing (a released one no longer stands),
 * at most one per appointment and revision; while a move is under way an appointment's old and new
 * revisions stand side by side.
 */
public record Schedule(List<TimeReserved> standing) {

  public Schedule {
    standing = List.copyOf(standing);
  }

  public static Schedule empty() {
    return new Schedule(List.of());
  }

  /** The reservation of {@code appointment}'s {@code revision}, if it stands. */
  public Optional<TimeReserved> of(AppointmentId appointment, int revision) {
    return standing.stream().filter(r -> r.appointmentId().equals(appointment) && r.revisionNumber() == revision).findFirst();
  }

  /** The reservations of {@code appointment} standing, of any revision. */
  public List<TimeReserved> of(AppointmentId appointment) {
    return standing.stream().filter(r -> r.appointmentId().equals(appointment)).toList();
  }

  /**
   * The reservations standing, other than {@code appointment}'s own (of any revision: a move may land on
   * its own time), that share a moment with {@code booking}.
   */
  public List<TimeReserved> clashesWith(AppointmentId appointment, Booking booking) {
    return standing.stream()
        .filter(r -> !r.appointmentId().equals(appointment) && r.booking().overlaps(booking))
        .sorted(Comparator.comparing((TimeReserved r) -> r.booking().startsAt())
            .thenComparing(r -> r.appointmentId().toString()))
        .toList();
  }

  Schedule with(TimeReserved reserved) {
    List<TimeReserved> next = new ArrayList<>(without(reserved.appointmentId(), reserved.revisionNumber()).standing);
    next.add(reserved);
    return new Schedule(next);
  }

  /** Without the appointment's reservation of {@code revision}, or all of its reservations when {@code null}. */
  Schedule without(AppointmentId appointment, Integer revision) {
    return new Schedule(standing.stream()
        .filter(r -> !(r.appointmentId().equals(appointment) && (revision == null || r.revisionNumber() == revision)))
        .toList());
  }
}
