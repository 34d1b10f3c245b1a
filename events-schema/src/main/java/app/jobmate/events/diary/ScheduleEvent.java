package app.jobmate.events.diary;

import com.fasterxml.jackson.annotation.JsonInclude;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bookable's schedule for one London day (stream {@code schedule}, id {@code <memberId>-<yyyy-mm-dd>};
 * docs/decisions/diary-booking.md): time reserved for appointments and released. A reservation is
 * appended at the version its clash check read, so two overlapping reservations of the same member
 * never both stand (unless the second is an owner's explicit override).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ScheduleEvent extends DiaryEvent {

  AppointmentId appointmentId();

  UserId member();

  LocalDate day();

  /**
   * Time was reserved for an appointment: the whole booking, so the day's diary shows it, even the
   * part on other days. {@code override} says it was booked over the clashes it names.
   */
  record TimeReserved(AppointmentId appointmentId, UserId member, LocalDate day, Booking booking, ClashOverride override,
                      Instant reservedAt) implements ScheduleEvent {
    public TimeReserved {
      Require.present(appointmentId, "appointmentId");
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(booking, "booking");
      Require.present(reservedAt, "reservedAt");
      if (!booking.members().contains(member) || !booking.days().contains(day)) {
        throw new IllegalArgumentException("a reservation is for one of the booking's members on one of its days");
      }
    }
  }

  /** The time an appointment had reserved was released (cancelled, moved, or a booking that clashed elsewhere). */
  record TimeReleased(AppointmentId appointmentId, UserId member, LocalDate day, Instant releasedAt)
      implements ScheduleEvent {
    public TimeReleased {
      Require.present(appointmentId, "appointmentId");
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(releasedAt, "releasedAt");
    }
  }
}
