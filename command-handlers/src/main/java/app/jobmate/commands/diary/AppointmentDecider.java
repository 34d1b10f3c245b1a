package app.jobmate.commands.diary;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import java.util.List;

/**
 * An appointment, as a pure decider (docs/business-rules.md, the diary). Owners and admins book and
 * cancel anything and may override a clash; staff may only block out their own time (a blocked-time
 * appointment booking only themselves, no override) and cancel such a block of theirs. Booking the same
 * appointment again with the same booking decides nothing (a retry); cancelling twice too. The time is
 * reserved on the schedules by {@link DiaryBookings} before this decider books; the override it records
 * is what the schedules recorded.
 */
public final class AppointmentDecider implements Decider<AppointmentCommand, AppointmentState, AppointmentEvent> {

  public static final AppointmentDecider INSTANCE = new AppointmentDecider();

  private AppointmentDecider() {
  }

  @Override
  public AppointmentState initialState() {
    return new AppointmentState.None();
  }

  @Override
  public Class<AppointmentEvent> eventType() {
    return AppointmentEvent.class;
  }

  @Override
  public List<AppointmentEvent> decide(AppointmentCommand command, AppointmentState state) {
    return switch (command) {
      case BookAppointment c -> book(c, state);
      case CancelAppointment c -> cancel(c, state);
    };
  }

  private static List<AppointmentEvent> book(BookAppointment c, AppointmentState state) {
    permitBooking(c);
    return switch (state) {
      case AppointmentState.None n -> List.of(new AppointmentBooked(c.appointmentId(), c.booking(), c.override(),
          c.actor().userId()));
      case AppointmentState.Booked b when b.booking().equals(c.booking()) -> List.of();
      case AppointmentState.Booked b -> throw alreadyExists(c);
      case AppointmentState.Cancelled x -> throw alreadyExists(c);
    };
  }

  private static List<AppointmentEvent> cancel(CancelAppointment c, AppointmentState state) {
    return switch (state) {
      case AppointmentState.None n -> throw Rejection.notFound("appointment.not-found",
          "there is no appointment " + c.appointmentId());
      case AppointmentState.Booked b -> {
        if (!manager(c.actor()) && !ownBlock(b.booking(), c.actor())) {
          throw Rejection.forbidden("appointment.staff-own-blocks-only",
              "staff may cancel only time they blocked out for themselves");
        }
        yield List.of(new AppointmentCancelled(c.appointmentId(), b.booking(), c.now(), c.reason(), c.actor().userId()));
      }
      case AppointmentState.Cancelled x -> List.of();
    };
  }

  /** Whether the actor may make this booking at all: refused (403) before any time is reserved. */
  static void permitBooking(BookAppointment c) {
    if (manager(c.actor())) {
      return;
    }
    if (!ownBlock(c.booking(), c.actor())) {
      throw Rejection.forbidden("appointment.staff-own-blocks-only",
          "staff may book only blocked time for themselves alone; an owner or admin books visits and meetings");
    }
    if (c.overrideReason() != null) {
      throw Rejection.forbidden("appointment.override-not-allowed", "only an owner or admin may book over a clash");
    }
  }

  @Override
  public AppointmentState evolve(AppointmentState state, AppointmentEvent event) {
    return switch (event) {
      case AppointmentBooked e -> new AppointmentState.Booked(e.booking(), e.override(), e.bookedBy());
      case AppointmentCancelled e -> new AppointmentState.Cancelled(e.booking());
    };
  }

  static boolean manager(Actor actor) {
    return actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN);
  }

  private static boolean ownBlock(Booking booking, Actor actor) {
    return booking.kind() == AppointmentKind.BLOCKED && booking.members().equals(List.of(actor.userId()));
  }

  private static Rejection alreadyExists(BookAppointment c) {
    return Rejection.conflict("appointment.already-exists", "appointment " + c.appointmentId()
        + " already exists with another booking; book a new appointment id");
  }
}
