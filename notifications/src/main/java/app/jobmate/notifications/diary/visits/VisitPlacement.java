package app.jobmate.notifications.diary.visits;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one appointment belongs in the day-visits index as of {@code version} of its stream: listed
 * under each (day, member) of {@code listed}, and under none of the {@code unlisted} places — every
 * other (day, member) it ever booked, so that a move, a reassignment or a cancellation takes it off
 * wherever it was listed.
 */
public record VisitPlacement(StreamId appointment, long version, List<DayVisit> listed, Set<VisitKey> unlisted) {

  public VisitPlacement {
    if (appointment == null || version < 1 || listed == null || unlisted == null) {
      throw new IllegalArgumentException("appointment, listed, unlisted and a version of at least 1 are required");
    }
    AppointmentStreams.require(appointment);
    listed = List.copyOf(listed);
    unlisted = Set.copyOf(unlisted);
    AppointmentId id = AppointmentStreams.appointmentId(appointment);
    Set<VisitKey> places = new HashSet<>();
    for (DayVisit visit : listed) {
      if (!visit.appointment().equals(id) || !visit.tenant().equals(appointment.tenantId())
          || visit.version() != version) {
        throw new IllegalArgumentException("a listed visit is of this appointment, tenant and version");
      }
      if (!places.add(visit.key()) || unlisted.contains(visit.key())) {
        throw new IllegalArgumentException("a visit is listed once, and not also unlisted: " + visit.key());
      }
    }
    for (VisitKey key : unlisted) {
      if (!key.appointment().equals(id) || !key.tenant().equals(appointment.tenantId())) {
        throw new IllegalArgumentException("an unlisted place is of this appointment and tenant");
      }
    }
  }
}
