package app.jobmate.commands.diary;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/** What is asked of a member's schedule on a London day: reserve an appointment's time, or release it. */
public sealed interface ScheduleCommand {

  AppointmentId appointmentId();

  UserId member();

  LocalDate day();

  Instant now();

  /**
   * Reserves the booking's time for the member on the day, for the appointment's {@code revision} (1 as
   * booked, the next one for a move), refused (409 {@code appointment.clash}) if another appointment's
   * reservation standing that day overlaps it, unless {@code overrideReason} books over it.
   */
  record ReserveTime(AppointmentId appointmentId, int revision, UserId member, LocalDate day, Booking booking,
                     String overrideReason, Instant now) implements ScheduleCommand {
    public ReserveTime {
      Require.present(appointmentId, "appointmentId");
      if (revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(booking, "booking");
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      Require.present(now, "now");
    }
  }

  /**
   * Releases the appointment's reservation of {@code revision} for the member on the day, or every one of
   * its reservations that day when {@code revision} is {@code null}.
   */
  record ReleaseTime(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Instant now)
      implements ScheduleCommand {
    public ReleaseTime {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      Require.present(member, "member");
      Require.present(day, "day");
      Require.present(now, "now");
    }
  }
}
