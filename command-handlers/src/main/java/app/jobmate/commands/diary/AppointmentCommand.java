package app.jobmate.commands.diary;

import app.jobmate.events.Actor;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;

/** What is asked of an appointment in the diary. */
public sealed interface AppointmentCommand {

  AppointmentId appointmentId();

  Actor actor();

  /**
   * Books the appointment; {@code overrideReason}, from an owner or admin, books over any clash, and
   * {@code overridden} are the appointments the schedules' reservations overrode (filled in by the
   * booking process once it has reserved the time; none as the request arrives). {@code resources} are the
   * equipment and vehicles asked for by id (none: those the booking names, if any); {@link DiaryBookings}
   * checks them and puts them on the booking as the resources context describes them.
   */
  record BookAppointment(AppointmentId appointmentId, Booking booking, String overrideReason,
                         List<AppointmentId> overridden, Actor actor, List<ResourceId> resources)
      implements AppointmentCommand {
    public BookAppointment {
      Require.present(appointmentId, "appointmentId");
      Require.present(booking, "booking");
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      overridden = overridden == null ? List.of() : List.copyOf(overridden);
      Require.present(actor, "actor");
      resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** A booking of the resources its booking names, if any. */
    public BookAppointment(AppointmentId appointmentId, Booking booking, String overrideReason,
                           List<AppointmentId> overridden, Actor actor) {
      this(appointmentId, booking, overrideReason, overridden, actor, List.of());
    }

    /** The same booking, with the appointments its reservations overrode. */
    public BookAppointment overriding(List<AppointmentId> clashes) {
      return new BookAppointment(appointmentId, booking, overrideReason, clashes, actor, resources);
    }

    /** The same command, booking {@code resolved} (its resources as checked). */
    public BookAppointment booking(Booking resolved) {
      return new BookAppointment(appointmentId, resolved, overrideReason, overridden, actor, resources);
    }

    /** The ids of the resources asked for: those named, else those on the booking. */
    public List<ResourceId> resourceIds() {
      return !resources.isEmpty() ? resources
          : booking.resourceList().stream().map(BookedResource::resourceId).toList();
    }

    /** What the appointment records of an override: none unless one was asked. */
    public ClashOverride override() {
      return overrideReason == null ? null : new ClashOverride(overrideReason, overridden);
    }
  }

  /**
   * Moves the appointment to another time, to other members, or both (the whole new time and people
   * given; its kind, job, title and notes kept). {@code fromRevision} is the revision the move was
   * planned from and {@code overridden} what its reservations overrode: both filled in by
   * {@link DiaryBookings} once it has reserved the new time (0 and none as the request arrives).
   * {@code resources}: the equipment and vehicles it books after the move, by id ({@code null}: those it
   * has); {@code booked}: them as checked, filled in by {@link DiaryBookings} ({@code null} as the request
   * arrives: the booking keeps the resources it has).
   */
  record MoveAppointment(AppointmentId appointmentId, LocalDateTime start, LocalDateTime end, Instant startsAt,
                         Instant endsAt, List<UserId> members, String overrideReason, int fromRevision,
                         List<AppointmentId> overridden, Actor actor, List<ResourceId> resources,
                         List<BookedResource> booked) implements AppointmentCommand {
    public MoveAppointment {
      Require.present(appointmentId, "appointmentId");
      Require.present(start, "start");
      Require.present(end, "end");
      Require.present(startsAt, "startsAt");
      Require.present(endsAt, "endsAt");
      Require.present(members, "members");
      members = List.copyOf(members);
      overrideReason = Require.optionalText(overrideReason, ClashOverride.MAX_REASON, "overrideReason");
      overridden = overridden == null ? List.of() : List.copyOf(overridden);
      Require.present(actor, "actor");
      resources = resources == null ? null : List.copyOf(resources);
      booked = booked == null ? null : List.copyOf(booked);
    }

    /** A move keeping the appointment's resources. */
    public MoveAppointment(AppointmentId appointmentId, LocalDateTime start, LocalDateTime end, Instant startsAt,
                           Instant endsAt, List<UserId> members, String overrideReason, int fromRevision,
                           List<AppointmentId> overridden, Actor actor) {
      this(appointmentId, start, end, startsAt, endsAt, members, overrideReason, fromRevision, overridden, actor, null,
          null);
    }

    /** The booking the appointment would have after this move. */
    public Booking bookingFrom(Booking current) {
      Booking moved = current.movedTo(start, end, startsAt, endsAt, members);
      return booked == null ? moved : moved.withResources(booked);
    }

    /** The ids of the resources it books after the move: those asked for, else those it has. */
    public List<ResourceId> resourceIds(Booking current) {
      return resources != null ? resources
          : current.resourceList().stream().map(BookedResource::resourceId).toList();
    }

    /** The same move, booking these resources as checked. */
    public MoveAppointment booking(List<BookedResource> checked) {
      return new MoveAppointment(appointmentId, start, end, startsAt, endsAt, members, overrideReason, fromRevision,
          overridden, actor, resources, checked);
    }

    /** The same move, planned from {@code revision}, with the appointments its reservations overrode. */
    public MoveAppointment planned(int revision, List<AppointmentId> clashes) {
      return new MoveAppointment(appointmentId, start, end, startsAt, endsAt, members, overrideReason, revision,
          clashes, actor, resources, booked);
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
