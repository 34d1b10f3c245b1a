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

  /**
   * The appointment was moved, reassigned, or both (docs/decisions/diary-booking.md): {@code booking}
   * is the whole booking now (its kind, title, notes and job unchanged), {@code previous} the whole one
   * before, {@code revision} the appointment's revision now (2 for the first move). Its new time was
   * reserved for every member before this was recorded; the old time no longer booked is released after.
   */
  record AppointmentMoved(AppointmentId appointmentId, int revision, Booking booking, Booking previous,
                          ClashOverride override, UserId movedBy) implements AppointmentEvent {
    public AppointmentMoved {
      Require.present(appointmentId, "appointmentId");
      if (revision < 2) {
        throw new IllegalArgumentException("revision must be 2 or more: a move follows a booking");
      }
      Require.present(booking, "booking");
      Require.present(previous, "previous");
      if (booking.kind() != previous.kind() || !java.util.Objects.equals(booking.jobId(), previous.jobId())) {
        throw new IllegalArgumentException("a move keeps the appointment's kind and job");
      }
      Require.present(movedBy, "movedBy");
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
