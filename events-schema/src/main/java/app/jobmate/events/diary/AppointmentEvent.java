package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonInclude;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;

/**
 * The life of an appointment in the diary (stream {@code appointment}, one per appointment). It is
 * booked only after its time was reserved on the schedule of every member it books
 * ({@link ScheduleEvent}; docs/decisions/diary-booking.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AppointmentEvent extends DiaryEvent {

  int MAX_REASON = 500;

  AppointmentId appointmentId();

  /** The appointment was booked: its time is reserved for each of its members. */
  record AppointmentBooked(AppointmentId appointmentId, Booking booking, ClashOverride override, UserId bookedBy)
      implements AppointmentEvent {
    public AppointmentBooked {
      Require.present(appointmentId, "appointmentId");
      Require.present(booking, "booking");
      Require.present(bookedBy, "bookedBy");
    }
  }

  /** The appointment was cancelled: its members' time is released. */
  record AppointmentCancelled(AppointmentId appointmentId, Booking booking, Instant cancelledAt, String reason,
                              UserId cancelledBy) implements AppointmentEvent {
    public AppointmentCancelled {
      Require.present(appointmentId, "appointmentId");
      Require.present(booking, "booking");
      Require.present(cancelledAt, "cancelledAt");
      reason = Require.optionalText(reason, MAX_REASON, "reason");
      Require.present(cancelledBy, "cancelledBy");
    }
  }
}
