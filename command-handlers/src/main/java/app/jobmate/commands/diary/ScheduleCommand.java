package app.jobmate.commands.diary;

import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What is asked of a bookable's schedule on a London day (a member's, or a busy resource's: exactly one of
 * {@code member} and {@code resource}): reserve an appointment's time, or release it.
 */
public sealed interface ScheduleCommand {

  AppointmentId appointmentId();

  UserId member();

  ResourceId resource();

  LocalDate day();

  Instant now();

  /**
   * Reserves the booking's time for the member on the day, for the appointment's {@code revision} (1 as
   * booked, the next one for a move), refused (409 {@code appointment.clash}) if another appointment's
   * reservation standing that day overlaps it, unless {@code overrideReason} books over it.
   */
  record ReserveTime(AppointmentId appointmentId, int revision, UserId member, ResourceId resource, LocalDate day,
                     Booking booking, String overrideReason, Instant now) implements ScheduleCommand {
    public ReserveTime {
      Require.present(appointmentId, "appointmentId");
      if (revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      requireOneBookable(member, resource);
      Require.present(day, "day");
      Require.present(booking, "booking");
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      Require.present(now, "now");
    }

    /** Reserves a member's time. */
    public ReserveTime(AppointmentId appointmentId, int revision, UserId member, LocalDate day, Booking booking,
                       String overrideReason, Instant now) {
      this(appointmentId, revision, member, null, day, booking, overrideReason, now);
    }
  }

  /**
   * Releases the appointment's reservation of {@code revision} for the member on the day, or every one of
   * its reservations that day when {@code revision} is {@code null}.
   */
  record ReleaseTime(AppointmentId appointmentId, Integer revision, UserId member, ResourceId resource, LocalDate day,
                     Instant now) implements ScheduleCommand {
    public ReleaseTime {
      Require.present(appointmentId, "appointmentId");
      if (revision != null && revision < 1) {
        throw new IllegalArgumentException("revision must be 1 or more");
      }
      requireOneBookable(member, resource);
      Require.present(day, "day");
      Require.present(now, "now");
    }

    /** Releases a member's time. */
    public ReleaseTime(AppointmentId appointmentId, Integer revision, UserId member, LocalDate day, Instant now) {
      this(appointmentId, revision, member, null, day, now);
    }
  }

  private static void requireOneBookable(UserId member, ResourceId resource) {
    if ((member == null) == (resource == null)) {
      throw new IllegalArgumentException("a schedule is a member's or a resource's: exactly one of member and resource");
    }
  }
}
