package app.jobmate.commands.diary;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.AppointmentCommand.BookAppointment;
import app.jobmate.commands.diary.AppointmentCommand.CancelAppointment;
import app.jobmate.commands.diary.AppointmentCommand.MoveAppointment;
import app.jobmate.commands.diary.ScheduleCommand.ReleaseTime;
import app.jobmate.commands.diary.ScheduleCommand.ReserveTime;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.BookedResource;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.commands.resources.ResourceState;
import app.jobmate.events.resources.ResourceId;
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
 * Booking, moving and cancelling appointments as a process over the schedules of the members they book and the
 * appointment's own stream (docs/decisions/diary-booking.md). A booking reserves its time on each
 * (member, London day) schedule in one fixed order, each reservation one conditional append whose
 * decider checks the clash; if one clashes, what was taken is released and the booking answers 409
 * naming the clash; then the appointment's {@code AppointmentBooked} is appended. Every step is
 * idempotent under the request's Idempotency-Key, so a retry after a crash completes the booking.
 * A move reserves the new time first (the appointment's next revision, in the same order; its own
 * reservations never clash with it), then records {@code AppointmentMoved}, then releases the old
 * revision's time. A reservation left behind by a crash stands in nobody's way for long: when it blocks a
 * later booking and its appointment was never booked (or never moved to it) within {@link #ABANDONED_AFTER},
 * or was cancelled, or has moved on from it, it is released.
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
  private final DiaryResources resources;
  private final EventCodec codec = EventCodec.standard();

  /** Resources read from their own streams in {@code store}. */
  public DiaryBookings(EventStore store, TeamDirectory team, TaskJobs jobs) {
    this(store, team, jobs, new ResourceRecords(store));
  }

  public DiaryBookings(EventStore store, TeamDirectory team, TaskJobs jobs, DiaryResources resources) {
    this.store = store;
    this.commands = new CommandService(store, codec, RESERVE_ATTEMPTS);
    this.team = team;
    this.jobs = jobs;
    this.resources = resources;
  }

  public static StreamId appointmentStream(TenantId tenant, AppointmentId appointment) {
    return new StreamId(tenant, DiaryEvents.APPOINTMENT_STREAM, appointment.toString());
  }

  public static StreamId scheduleStream(TenantId tenant, UserId member, LocalDate day) {
    return new StreamId(tenant, DiaryEvents.SCHEDULE_STREAM, DiaryEvents.scheduleId(member, day));
  }

  public static StreamId scheduleStream(TenantId tenant, Slot slot) {
    return new StreamId(tenant, DiaryEvents.SCHEDULE_STREAM, slot.streamId());
  }

  /**
   * The (bookable, day) schedules a booking reserves, its members' and its busy resources', in the one order
   * every booking takes them (by stream id, members and resources alike).
   */
  public static List<Slot> slotsOf(Booking booking) {
    List<Slot> slots = new ArrayList<>();
    for (UserId member : booking.members()) {
      for (LocalDate day : booking.days()) {
        slots.add(new Slot(member, day));
      }
    }
    for (BookedResource resource : booking.resourceList()) {
      if (resource.busy()) {
        for (LocalDate day : booking.days()) {
          slots.add(new Slot(null, resource.resourceId(), day));
        }
      }
    }
    slots.sort(Comparator.comparing(Slot::streamId));
    return slots;
  }

  /** A member's or a busy resource's schedule on a London day: exactly one of {@code member} and {@code resource}. */
  public record Slot(UserId member, ResourceId resource, LocalDate day) {
    public Slot {
      if ((member == null) == (resource == null) || day == null) {
        throw new IllegalArgumentException("a slot is a member's or a resource's, on a day");
      }
    }

    /** A member's schedule on a London day. */
    public Slot(UserId member, LocalDate day) {
      this(member, null, day);
    }

    public String streamId() {
      return member != null ? DiaryEvents.scheduleId(member, day) : DiaryEvents.scheduleId(resource, day);
    }
  }

  public CommandResult handle(TenantId tenant, AppointmentCommand command, CommandContext context) {
    return switch (command) {
      case BookAppointment c -> book(tenant, c, context);
      case CancelAppointment c -> cancel(tenant, c, context);
      case MoveAppointment c -> move(tenant, c, context);
    };
  }

  private CommandResult book(TenantId tenant, BookAppointment asked, CommandContext context) {
    AppointmentDecider.permitBooking(asked);
    checkMembers(tenant, asked.booking().members());
    BookAppointment command = asked.booking(asked.booking().withResources(checkResources(tenant, asked.resourceIds())));
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
        TimeReserved reserved = reserve(tenant, command.appointmentId(), 1, command.booking(), command.overrideReason(),
            slot, context);
        taken.add(slot);
        if (reserved.override() != null) {
          overridden.addAll(reserved.override().clashes());
        }
      }
    } catch (Rejection refused) {
      release(tenant, command.appointmentId(), 1, taken, context, "release:");
      throw refused;
    }
    return commands.handle(stream, command.overriding(List.copyOf(overridden)), context, AppointmentDecider.INSTANCE);
  }

  /**
   * Moves: the new time reserved for the appointment's next revision on each (member, day) in the one
   * order (a clash releases what was taken, 409), then {@code AppointmentMoved} appended, then the old
   * revision's time released. A retry under the same key replays what was done and completes the rest.
   */
  private CommandResult move(TenantId tenant, MoveAppointment asked, CommandContext context) {
    StreamId stream = appointmentStream(tenant, asked.appointmentId());
    List<Commit> commits = store.read(stream);
    Commit earlier = commits.stream().filter(c -> c.commandId().equals(context.commandId())).findFirst().orElse(null);
    if (earlier != null) {
      CommandResult replayed = commands.handle(stream, asked, context, AppointmentDecider.INSTANCE);
      for (DomainEvent event : decode(List.of(earlier))) {
        if (event instanceof AppointmentMoved moved) {
          release(tenant, moved.appointmentId(), moved.revision() - 1, slotsOf(moved.previous()), context, "release-old:");
        }
      }
      return replayed;
    }
    long version = commits.isEmpty() ? 0 : commits.getLast().lastVersion();
    if (context.expectedVersion().isPresent() && context.expectedVersion().getAsLong() != version) {
      // before reserving anything: the sender planned the move on a version that is no longer current
      throw Rejection.conflict("command.stale-version", "expected version " + context.expectedVersion().getAsLong()
          + " but appointment " + asked.appointmentId() + " is at version " + version + "; reload it and try again");
    }
    AppointmentState.Booked current = AppointmentDecider.bookedToMove(asked, appointment(commits));
    AppointmentDecider.permitMove(asked, current.booking());
    MoveAppointment command = asked.booking(checkResources(tenant, asked.resourceIds(current.booking())));
    Booking moved = command.bookingFrom(current.booking());
    if (moved.equals(current.booking())) {
      return commands.handle(stream, command.planned(current.revision(), List.of()), context, AppointmentDecider.INSTANCE);
    }
    checkMembers(tenant, moved.members());
    checkJobStillOpen(tenant, moved.jobId());
    int revision = current.revision() + 1;
    List<Slot> taken = new ArrayList<>();
    Set<AppointmentId> overridden = new LinkedHashSet<>();
    try {
      for (Slot slot : slotsOf(moved)) {
        TimeReserved reserved = reserve(tenant, command.appointmentId(), revision, moved, command.overrideReason(), slot,
            context);
        taken.add(slot);
        if (reserved.override() != null) {
          overridden.addAll(reserved.override().clashes());
        }
      }
    } catch (Rejection refused) {
      release(tenant, command.appointmentId(), revision, taken, context, "release:");
      throw refused;
    }
    CommandResult result;
    try {
      result = commands.handle(stream, command.planned(current.revision(), List.copyOf(overridden)), context,
          AppointmentDecider.INSTANCE);
    } catch (Rejection refused) {
      // moved or cancelled meanwhile, or a stale expected version: unless someone made this very move, give back the time
      if (!(appointment(store.read(stream)) instanceof AppointmentState.Booked now && now.booking().equals(moved))) {
        release(tenant, command.appointmentId(), revision, taken, context, "release:");
      }
      throw refused;
    }
    release(tenant, command.appointmentId(), current.revision(), slotsOf(current.booking()), context, "release-old:");
    return result;
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
      release(tenant, command.appointmentId(), null, slotsOf(cancelled.booking()), context, "release:");
    }
    return result;
  }

  private TimeReserved reserve(TenantId tenant, AppointmentId appointment, int revision, Booking booking,
                               String overrideReason, Slot slot, CommandContext context) {
    StreamId schedule = scheduleStream(tenant, slot);
    releaseAbandoned(tenant, schedule, appointment, booking, context);
    commands.handle(schedule, new ReserveTime(appointment, revision, slot.member(), slot.resource(), slot.day(), booking,
        overrideReason, context.receivedAt()), step(context, "reserve:" + slot.streamId()), ScheduleDecider.INSTANCE);
    TimeReserved reserved = schedule(store.read(schedule)).of(appointment, revision).orElse(null);
    if (reserved == null || !reserved.booking().equals(booking)) {
      // this key's reservation was made and later released (the booking clashed elsewhere, or was abandoned)
      throw Rejection.conflict("appointment.retry-with-new-key", "this request was refused before and the time it"
          + " reserved was released; send it again with a new Idempotency-Key");
    }
    return reserved;
  }

  /**
   * Releases the reservations standing in the booking's way that no appointment holds any more: of an
   * appointment never booked, or a move never recorded, for longer than {@link #ABANDONED_AFTER} (its
   * process died); of a cancelled appointment (its release was cut short); of a revision the appointment
   * has moved on from, or not its booking at its revision (a move that lost to another and was cut short).
   */
  private void releaseAbandoned(TenantId tenant, StreamId schedule, AppointmentId appointment, Booking booking,
                                CommandContext context) {
    Instant now = context.receivedAt();
    for (TimeReserved clash : schedule(store.read(schedule)).clashesWith(appointment, booking)) {
      AppointmentState state = appointment(store.read(appointmentStream(tenant, clash.appointmentId())));
      boolean unfinished = clash.reservedAt().plus(ABANDONED_AFTER).isBefore(now);
      boolean abandoned = switch (state) {
        case AppointmentState.None n -> unfinished;
        case AppointmentState.Booked b when clash.revisionNumber() > b.revision() -> unfinished;
        case AppointmentState.Booked b -> clash.revisionNumber() < b.revision() || !clash.booking().equals(b.booking());
        case AppointmentState.Cancelled c -> true;
      };
      if (abandoned) {
        // one id per reservation swept (the same appointment may reserve the same day again later, under a new key)
        CommandContext sweep = new CommandContext("sweep:" + clash.appointmentId() + ":" + clash.revisionNumber() + ":"
            + schedule.streamId() + ":" + clash.reservedAt().toEpochMilli(), "sweep", context.actor(), context.correlationId(), context.commandId(), now,
            OptionalLong.empty());
        commands.handle(schedule, new ReleaseTime(clash.appointmentId(), clash.revisionNumber(), clash.member(), clash.resource(),
            clash.day(), now), sweep, ScheduleDecider.INSTANCE);
      }
    }
  }

  private void release(TenantId tenant, AppointmentId appointment, Integer revision, List<Slot> slots,
                       CommandContext context, String step) {
    for (Slot slot : slots.reversed()) {
      commands.handle(scheduleStream(tenant, slot),
          new ReleaseTime(appointment, revision, slot.member(), slot.resource(), slot.day(), context.receivedAt()),
          step(context, step + slot.streamId()), ScheduleDecider.INSTANCE);
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

  /**
   * Each resource named must exist in the tenant and be in use (422 naming {@code resources}): the booking
   * names them as the resources context describes them now, busy or not.
   */
  private List<BookedResource> checkResources(TenantId tenant, List<ResourceId> asked) {
    List<BookedResource> checked = new ArrayList<>();
    for (ResourceId id : asked) {
      checked.add(switch (resources.stateOf(tenant, id)) {
        case ResourceState.None n -> throw Rejection.unprocessable("appointment.resource-not-found",
            "there is no equipment or vehicle " + id + " in this business", "resources");
        case ResourceState.Retired r -> throw Rejection.unprocessable("appointment.resource-retired",
            "\"" + r.details().name() + "\" (" + id + ") is retired; restore it before booking it", "resources");
        case ResourceState.InUse u -> new BookedResource(id, u.kind(), u.details().name(), u.details().registration(),
            u.details().busy());
      });
    }
    return checked;
  }

  /** Refuses (422) a member not on the team or a job not open, as a booking does: for a series before it is set up. */
  public void checkBookable(TenantId tenant, List<UserId> members, JobId job) {
    checkMembers(tenant, members);
    checkJob(tenant, job);
  }

  /**
   * A visit is moved only while its job is still to be done (409 {@code appointment.job-closed}): a completed
   * or cancelled job's visits stay where they were, its record; cancelling one is still allowed.
   */
  private void checkJobStillOpen(TenantId tenant, JobId job) {
    if (job != null && jobs.standingOf(tenant, job) == TaskJobs.Standing.CLOSED) {
      throw Rejection.conflict("appointment.job-closed", "job " + job
          + " is completed or cancelled; reopen it before moving its visits");
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

  /** A busy resource's schedule on a day, as its stream says. */
  public Schedule scheduleOf(TenantId tenant, ResourceId resource, LocalDate day) {
    return schedule(store.read(scheduleStream(tenant, new Slot(null, resource, day))));
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
