package app.jobmate.projections.diary;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.projections.core.Projection;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The appointments: each one's standing, taking every appointment event. */
public final class AppointmentProjection implements Projection<Appointment, AppointmentEvent> {

  public static final String NAME = "appointments";

  private static final Set<String> TAKEN = EventTypes.namesOf(DiaryEvents.APPOINTMENT_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Appointment> documentType() {
    return Appointment.class;
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
  public Appointment evolve(Appointment appointment, EventEnvelope envelope, AppointmentEvent event) {
    var at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    return switch (event) {
      case AppointmentBooked e -> new Appointment(e.appointmentId().toString(), Appointment.BOOKED,
          DiaryEntry.of(e.appointmentId(), e.booking(), e.override(), 1), e.bookedBy().value(), at);
      case AppointmentMoved e -> new Appointment(e.appointmentId().toString(),
          appointment == null ? Appointment.BOOKED : appointment.status(),
          DiaryEntry.of(e.appointmentId(), e.booking(), e.override(), e.revision()),
          appointment == null ? null : appointment.bookedBy(), at);
      case AppointmentCancelled e -> new Appointment(e.appointmentId().toString(), Appointment.CANCELLED,
          appointment == null ? DiaryEntry.of(e.appointmentId(), e.booking(), null, 1) : appointment.entry(),
          appointment == null ? null : appointment.bookedBy(), at);
    };
  }
}
