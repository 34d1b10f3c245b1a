package app.jobmate.commands.diary;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.ScheduleCommand.ReleaseTime;
import app.jobmate.commands.diary.ScheduleCommand.ReserveTime;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Booking and cancelling appointments as a process over the schedules of the members they book and the
 * appointment's own stream (docs/decisions/diary-booking.md). A booking reserves its time on each
 * (member, London day) schedule in one fixed order, each reservation one conditional append whose
 * decider checks the clash; if one clashes, what was taken is released and the booking answers 409
 * naming the clash; then the appointment's {@code AppointmentBooked} is appended. Every step is
 * idempotent under the request's Idempotency-Key, so a retry after a crash completes the booking.
 * A reservation left behind by a crash stands in nobody's way for long: when it blocks a later booking
 * and its appointment was never booked within {@link #ABANDONED_AFTER}, or was cancelled, it is released.
 */
public final class DiaryBookings {

  /** Attempts at a reservation while the schedule keeps changing: each lost attempt is another booking of that day. */
  static final int RESERVE_ATTEMPTS = 40;
  /**
   * How old a reservation whose appointment was never booked must be before a clashing booking releases
   * it: far longer than a booking takes (the function's timeout is 30 seconds).
   */
  public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

  private final EventStore store;
  private final CommandService commands;
  private final TeamDirectory team;
  private final TaskJobs jobs;
  private final EventCodec codec = EventCodec.standard();

  public DiaryBookings(EventStore store, TeamDirectory team, TaskJobs jobs) {
    this.store = store;
    this.commands = new CommandService(store, codec, RESERVE_ATTEMPTS);
    this.team = team;
    this.jobs = jobs;
  }

  public static StreamId appointmentStream(TenantId tenant, AppointmentId appointment) {
    return new StreamId(tenant, DiaryEvents.APPOINTMENT_STREAM, appointment.toString());
  }

  public static StreamId scheduleStream(TenantId tenant, UserId member, LocalDate day) {
    return new StreamId(tenant, DiaryEvents.SCHEDULE_STREAM, DiaryEvents.scheduleId(member, day));
  }

  /** The (member, day) schedules a booking reserves, in the one order every booking takes them. */
  public static List<Slot> slotsOf(Booking booking) {
    List<Slot> slots = new ArrayList<>();
    for (UserId member : booking.members()) {
      for (LocalDate day : booking.days()) {
        slots.add(new Slot(member, day));
      }
    }
    slots.sort(Comparator.comparing(Slot::streamId));
    return slots;
  }

  /** A member's schedule on a London day. */
  public record Slot(UserId member, LocalDate day) {
    public String streamId() {
      return DiaryEvents.scheduleId(member, day);
    }
  }

  public CommandResult handle(TenantId tenant, AppointmentCommand command, CommandContext context) {
    return switch (command) {
      case BookAppointment c -> book(tenant, c, context);
      case CancelAppointment c -> cancel(tenant, c, context);
    };
  }

  private CommandResult book(TenantId tenant, BookAppointment command, CommandContext context) {
    AppointmentDecider.permitBooking(command);
    checkMembers(tenant, command.booking().members());
    checkJob(tenant, command.booking().jobId());
    StreamId stream = appointmentStream(tenant, command.appointmentId());
    List<Commit> commits = store.read(stream);
    if (commits.stream().anyMatch(c -> c.commandId().equals(context.commandId()))) {
      return commands.handle(stream, command, context, AppointmentDecider.INSTANCE); // replayed
    }
    if (!(appointment(commits) instanceof AppointmentState.None)) {
      throw Rejection.conflict("appointment.already-exists", "appointment " + command.appointmentId()
          + " already exists; book a new appointment id");
    }
    List<Slot> taken = new ArrayList<>();
    Set<AppointmentId> overridden = new LinkedHashSet<>();
    try {
      for (Slot slot : slotsOf(command.booking())) {
        TimeReserved reserved = reserve(tenant, command, slot, context);
        taken.add(slot);
        if (reserved.override() != null) {
          overridden.addAll(reserved.override().clashes());
        }
      }
    } catch (Rejection refused) {
      release(tenant, command.appointmentId(), taken, context);
      throw refused;
    }
    return commands.handle(stream, command.overriding(List.copyOf(overridden)), context, AppointmentDecider.INSTANCE);
  }

  /**
   * Cancels: the appointment's record first, then its members' time released (a retry under the same
   * key, or the next booking the time blocks, completes a release a crash cut short).
   */
  private CommandResult cancel(TenantId tenant, CancelAppointment command, CommandContext context) {
    CommandResult result = commands.handle(appointmentStream(tenant, command.appointmentId()), command, context,
        AppointmentDecider.INSTANCE);
    if (appointment(store.read(appointmentStream(tenant, command.appointmentId())))
        instanceof AppointmentState.Cancelled cancelled) {
      release(tenant, command.appointmentId(), slotsOf(cancelled.booking()), context);
    }
    return result;
  }

  private TimeReserved reserve(TenantId tenant, BookAppointment command, Slot slot, CommandContext context) {
    StreamId schedule = scheduleStream(tenant, slot.member(), slot.day());
    releaseAbandoned(tenant, schedule, command, context);
    commands.handle(schedule, new ReserveTime(command.appointmentId(), slot.member(), slot.day(), command.booking(),
        command.overrideReason(), context.receivedAt()), step(context, "reserve:" + slot.streamId()),
        ScheduleDecider.INSTANCE);
    TimeReserved reserved = schedule(store.read(schedule)).standing().get(command.appointmentId());
    if (reserved == null || !reserved.booking().equals(command.booking())) {
      // this key's reservation was made and later released (the booking clashed elsewhere, or was abandoned)
      throw Rejection.conflict("appointment.retry-with-new-key", "this request was refused before and the time it"
          + " reserved was released; send the booking again with a new Idempotency-Key");
    }
    return reserved;
  }

  /**
   * Releases the reservations standing in the booking's way whose appointment will never be booked: never
   * booked for longer than {@link #ABANDONED_AFTER} (its process died), or cancelled (its release was cut short).
   */
  private void releaseAbandoned(TenantId tenant, StreamId schedule, BookAppointment command, CommandContext context) {
    Instant now = context.receivedAt();
    for (TimeReserved clash : schedule(store.read(schedule)).clashesWith(command.appointmentId(), command.booking())) {
      AppointmentState state = appointment(store.read(appointmentStream(tenant, clash.appointmentId())));
      boolean abandoned = switch (state) {
        case AppointmentState.None n -> clash.reservedAt().plus(ABANDONED_AFTER).isBefore(now);
        case AppointmentState.Booked b -> false;
        case AppointmentState.Cancelled c -> true;
      };
      if (abandoned) {
        CommandContext sweep = new CommandContext("sweep:" + clash.appointmentId() + ":" + schedule.streamId(), "sweep",
            context.actor(), context.correlationId(), context.commandId(), now, OptionalLong.empty());
        commands.handle(schedule, new ReleaseTime(clash.appointmentId(), clash.member(), clash.day(), now), sweep,
            ScheduleDecider.INSTANCE);
      }
    }
  }

  private void release(TenantId tenant, AppointmentId appointment, List<Slot> slots, CommandContext context) {
    for (Slot slot : slots.reversed()) {
      commands.handle(scheduleStream(tenant, slot.member(), slot.day()),
          new ReleaseTime(appointment, slot.member(), slot.day(), context.receivedAt()),
          step(context, "release:" + slot.streamId()), ScheduleDecider.INSTANCE);
    }
  }

  /** Each member booked must be on the business's team (422 naming {@code members}). */
  private void checkMembers(TenantId tenant, List<UserId> members) {
    for (UserId member : members) {
      if (!team.isMember(tenant, member)) {
        throw Rejection.unprocessable("appointment.member-not-in-team",
            "member " + member + " is not a member of this business's team", "members");
      }
    }
  }

  /** A job visited must exist in the tenant and still be open (422 naming {@code jobId}). */
  private void checkJob(TenantId tenant, JobId job) {
    if (job == null) {
      return;
    }
    switch (jobs.standingOf(tenant, job)) {
      case NONE -> throw Rejection.unprocessable("appointment.job-not-found", "there is no job " + job, "jobId");
      case CLOSED -> throw Rejection.unprocessable("appointment.job-closed", "job " + job
          + " is completed or cancelled; reopen it before booking visits", "jobId");
      case OPEN -> {
      }
    }
  }

  /** The schedule as its stream says. */
  public Schedule schedule(List<Commit> commits) {
    Schedule schedule = ScheduleDecider.INSTANCE.initialState();
    for (DomainEvent event : decode(commits)) {
      schedule = ScheduleDecider.INSTANCE.evolve(schedule, (ScheduleEvent) event);
    }
    return schedule;
  }

  /** A member's schedule on a day, as its stream says. */
  public Schedule scheduleOf(TenantId tenant, UserId member, LocalDate day) {
    return schedule(store.read(scheduleStream(tenant, member, day)));
  }

  private AppointmentState appointment(List<Commit> commits) {
    AppointmentState state = AppointmentDecider.INSTANCE.initialState();
    for (DomainEvent event : decode(commits)) {
      state = AppointmentDecider.INSTANCE.evolve(state, (AppointmentEvent) event);
    }
    return state;
  }

  private List<DomainEvent> decode(List<Commit> commits) {
    List<EventEnvelope> stored = new ArrayList<>();
    commits.forEach(c -> stored.addAll(c.events()));
    return codec.decode(stored);
  }

  /** A step of the process, under its own command id derived from the request's, so a retry replays it. */
  private static CommandContext step(CommandContext context, String step) {
    return new CommandContext(context.commandId() + ":" + step, context.payloadHash(), context.actor(),
        context.correlationId(), context.commandId(), context.receivedAt(), OptionalLong.empty());
  }
}
