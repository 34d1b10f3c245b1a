package app.jobmate.projections.costing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Projection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The visits as costed: take every appointment event. An event that carries the booking's whole new
 * time and members (a move or a reassignment) is applied as {@link #booked} is: the visit's minutes, day
 * and members become the new ones, and the visit is priced by the rate on its new day.
 */
public final class CostedVisitProjection implements Projection<CostedVisit, AppointmentEvent> {

  public static final String NAME = "costing_visit";

  private static final Set<String> TAKEN = EventTypes.namesOf(DiaryEvents.APPOINTMENT_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<CostedVisit> documentType() {
    return CostedVisit.class;
  }

  @Override
  public Class<AppointmentEvent> eventClass() {
    return AppointmentEvent.class;
  }

  @Override
  public String streamType() {
    return DiaryEvents.APPOINTMENT_STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public CostedVisit evolve(CostedVisit visit, EventEnvelope envelope, AppointmentEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    return switch (event) {
      case AppointmentBooked e -> booked(e.booking(), false, at);
      case AppointmentMoved e -> booked(e.booking(), false, at);
      case AppointmentCancelled e -> booked(e.booking(), true, at);
    };
  }

  /** The visit as {@code booking} says, cancelled or not. */
  static CostedVisit booked(Booking booking, boolean cancelled, Instant at) {
    String jobId = booking.kind() == AppointmentKind.JOB_VISIT && booking.jobId() != null
        ? booking.jobId().toString() : null;
    return new CostedVisit(jobId, booking.members().stream().map(UserId::value).toList(),
        booking.startsAt().truncatedTo(ChronoUnit.MILLIS), booking.endsAt().truncatedTo(ChronoUnit.MILLIS),
        CostingDays.londonDay(booking.startsAt()), Duration.between(booking.startsAt(), booking.endsAt()).toMinutes(),
        cancelled, at);
  }
}
