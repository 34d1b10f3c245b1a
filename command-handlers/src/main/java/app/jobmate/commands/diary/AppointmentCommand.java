package app.jobmate.commands.diary;

import app.jobmate.events.Actor;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.values.Require;
import java.time.Instant;
import java.util.List;

/** What is asked of an appointment in the diary. */
public sealed interface AppointmentCommand {

  AppointmentId appointmentId();

  Actor actor();

  /**
   * Books the appointment; {@code overrideReason}, from an owner or admin, books over any clash, and
   * {@code overridden} are the appointments the schedules' reservations overrode (filled in by the
   * booking process once it has reserved the time; none as the request arrives).
   */
  record BookAppointment(AppointmentId appointmentId, Booking booking, String overrideReason,
                         List<AppointmentId> overridden, Actor actor) implements AppointmentCommand {
    public BookAppointment {
      Require.present(appointmentId, "appointmentId");
      Require.present(booking, "booking");
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      overridden = overridden == null ? List.of() : List.copyOf(overridden);
      Require.present(actor, "actor");
    }

    /** The same booking, with the appointments its reservations overrode. */
    public BookAppointment overriding(List<AppointmentId> clashes) {
      return new BookAppointment(appointmentId, booking, overrideReason, clashes, actor);
    }

    /** What the appointment records of an override: none unless one was asked. */
    public ClashOverride override() {
      return overrideReason == null ? null : new ClashOverride(overrideReason, overridden);
    }
  }

  /** Cancels the appointment, releasing its members' time. */
  record CancelAppointment(AppointmentId appointmentId, String reason, Instant now, Actor actor)
      implements AppointmentCommand {
    public CancelAppointment {
      Require.present(appointmentId, "appointmentId");
      reason = Require.optionalText(reason, AppointmentEvent.MAX_REASON, "reason");
      Require.present(now, "now");
      Require.present(actor, "actor");
    }
  }
}
