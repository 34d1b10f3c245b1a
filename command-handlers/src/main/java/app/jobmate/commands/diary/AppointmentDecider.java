package app.jobmate.commands.diary;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.Booking;
import java.util.List;

/**
 * An appointment, as a pure decider (docs/business-rules.md, the diary). Owners and admins book and
 * cancel anything and may override a clash; staff may only block out their own time (a blocked-time
 * appointment booking only themselves, no override) and cancel such a block of theirs. Booking the same
 * appointment again with the same booking decides nothing (a retry); cancelling twice too. Moving
 * follows the same rules (staff move only their own block, and keep it theirs alone) and is refused for a
 * cancelled appointment; moving to the booking it already has decides nothing. The time is
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
      case MoveAppointment c -> move(c, state);
    };
  }

  private static List<AppointmentEvent> move(MoveAppointment c, AppointmentState state) {
    AppointmentState.Booked booked = bookedToMove(c, state);
    Booking moved = c.bookingFrom(booked.booking());
    permitMove(c, booked.booking());
    if (moved.equals(booked.booking())) {
      return List.of();
    }
    if (booked.revision() != c.fromRevision()) {
      throw movedMeanwhile(c);
    }
    return List.of(new AppointmentMoved(c.appointmentId(), booked.revision() + 1, moved, booked.booking(), c.override(),
        c.actor().userId()));
  }

  /** The appointment as booked, if it can be moved at all: 404 if there is none, 409 if it was cancelled. */
  static AppointmentState.Booked bookedToMove(MoveAppointment c, AppointmentState state) {
    return switch (state) {
      case AppointmentState.None n -> throw Rejection.notFound("appointment.not-found",
          "there is no appointment " + c.appointmentId());
      case AppointmentState.Cancelled x -> throw Rejection.conflict("appointment.cancelled",
          "appointment " + c.appointmentId() + " was cancelled; book a new one");
      case AppointmentState.Booked b -> b;
    };
  }

  /**
   * Whether the actor may move this booking at all (403 before any time is reserved): owners and admins
   * anything; staff only a block of their own, kept theirs alone, without override.
   */
  static void permitMove(MoveAppointment c, Booking current) {
    if (manager(c.actor())) {
      return;
    }
    if (!ownBlock(current, c.actor()) || !c.members().equals(List.of(c.actor().userId()))
        || (c.resources() != null && !c.resources().isEmpty())) {
      throw Rejection.forbidden("appointment.staff-own-blocks-only",
          "staff may move only time they blocked out for themselves, and only for themselves");
    }
    if (c.overrideReason() != null) {
      throw Rejection.forbidden("appointment.override-not-allowed", "only an owner or admin may book over a clash");
    }
  }

  static Rejection movedMeanwhile(MoveAppointment c) {
    return Rejection.conflict("appointment.moved-meanwhile", "appointment " + c.appointmentId()
        + " was moved by someone else meanwhile; look at it again and send the move anew");
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
    if (!ownBlock(c.booking(), c.actor()) || !c.resourceIds().isEmpty()) {
      throw Rejection.forbidden("appointment.staff-own-blocks-only",
          "staff may book only blocked time for themselves alone, with no equipment or vehicles; an owner or admin"
              + " books visits and meetings");
    }
    if (c.overrideReason() != null) {
      throw Rejection.forbidden("appointment.override-not-allowed", "only an owner or admin may book over a clash");
    }
  }

  @Override
  public AppointmentState evolve(AppointmentState state, AppointmentEvent event) {
    return switch (event) {
      case AppointmentBooked e -> new AppointmentState.Booked(e.booking(), e.override(), e.bookedBy(), 1);
      case AppointmentMoved e -> new AppointmentState.Booked(e.booking(), e.override(),
          state instanceof AppointmentState.Booked b ? b.bookedBy() : e.movedBy(), e.revision());
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
