package app.jobmate.projections.diary;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The read side of the diary's appointments: each one's standing (booked, cancelled), read by id by
 * {@code GET /diary} to show only the reservations of booked appointments.
 */
public final class AppointmentReadSide implements ReadSide {

  public static final String NAME = "appointments";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new AppointmentProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Read by id only: no index beyond the key. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(AppointmentProjection.NAME, List.of());
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    UserId member = UserId.of("snapstart-priming");
    LocalDateTime start = LocalDateTime.of(2026, 12, 7, 9, 0);
    Booking booking = new Booking(AppointmentKind.BLOCKED, start, start.plusHours(1), Instant.parse("2026-12-07T09:00:00Z"),
        Instant.parse("2026-12-07T10:00:00Z"), List.of(member), null, "Priming", null);
    return new AppointmentBooked(AppointmentId.of(streamId), booking, null, member);
  }
}
