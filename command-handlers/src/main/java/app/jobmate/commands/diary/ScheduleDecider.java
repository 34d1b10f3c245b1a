package app.jobmate.commands.diary;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.ScheduleCommand.ReleaseTime;
import app.jobmate.commands.diary.ScheduleCommand.ReserveTime;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.ClashOverride;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A bookable's schedule on one London day (a member's or a busy resource's), as a pure decider (docs/decisions/diary-booking.md): a
 * reservation is refused while another standing that day shares a moment with it (half-open: one
 * ending as the other starts does not), unless an override books over them, naming them. The command
 * service appends at the version it read, so of two overlapping reservations made at once one append
 * wins and the other reads again and is refused. An appointment's own reservations never clash with it
 * (a move may land on its own time). Reserving the same revision of an appointment again with the same
 * booking decides nothing (a retry); with another booking it is refused (409
 * {@code appointment.moved-meanwhile}: another move of it is under way).
 */
public final class ScheduleDecider implements Decider<ScheduleCommand, Schedule, ScheduleEvent> {

  public static final ScheduleDecider INSTANCE = new ScheduleDecider();
  public static final String CLASH = "appointment.clash";
  public static final String MOVED_MEANWHILE = "appointment.moved-meanwhile";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ScheduleDecider() {
  }

  @Override
  public Schedule initialState() {
    return Schedule.empty();
  }

  @Override
  public Class<ScheduleEvent> eventType() {
    return ScheduleEvent.class;
  }

  @Override
  public List<ScheduleEvent> decide(ScheduleCommand command, Schedule schedule) {
    return switch (command) {
      case ReserveTime c -> reserve(c, schedule);
      case ReleaseTime c when schedule.of(c.appointmentId()).stream()
          .noneMatch(r -> c.revision() == null || r.revisionNumber() == c.revision()) -> List.of();
      case ReleaseTime c -> List.of(new TimeReleased(c.appointmentId(), c.revision(), c.member(), c.resource(), c.day(),
          c.now()));
    };
  }

  private static List<ScheduleEvent> reserve(ReserveTime c, Schedule schedule) {
    TimeReserved standing = schedule.of(c.appointmentId(), c.revision()).orElse(null);
    if (standing != null && standing.booking().equals(c.booking())) {
      return List.of();
    }
    if (standing != null) {
      throw Rejection.conflict(MOVED_MEANWHILE, "appointment " + c.appointmentId()
          + " is being moved by another request; look at it again and send the move anew");
    }
    List<TimeReserved> clashes = schedule.clashesWith(c.appointmentId(), c.booking());
    if (!clashes.isEmpty() && c.overrideReason() == null) {
      throw Rejection.conflict(CLASH, describe(c, clashes.getFirst(), clashes.size()));
    }
    ClashOverride override = c.overrideReason() == null ? null
        : new ClashOverride(c.overrideReason(), clashes.stream().map(TimeReserved::appointmentId).distinct().toList());
    return List.of(new TimeReserved(c.appointmentId(), c.revision(), c.member(), c.resource(), c.day(), c.booking(),
        override, c.now()));
  }

  @Override
  public Schedule evolve(Schedule schedule, ScheduleEvent event) {
    return switch (event) {
      case TimeReserved e -> schedule.with(e);
      case TimeReleased e -> schedule.without(e.appointmentId(), e.revision());
    };
  }

  /** The bookable as the 409 names it: the member's id, or the resource's name and id. */
  private static String who(ReserveTime asked) {
    if (asked.member() != null) {
      return "member " + asked.member();
    }
    String name = asked.booking().resourceList().stream().filter(r -> r.resourceId().equals(asked.resource()))
        .map(r -> "\"" + r.name() + "\" ").findFirst().orElse("");
    return "resource " + name + asked.resource();
  }

  /** The clash as the 409 says it: who, when, which appointment. */
  private static String describe(ReserveTime asked, TimeReserved clash, int count) {
    Booking other = clash.booking();
    String more = count > 1 ? " (and " + (count - 1) + " more)" : "";
    return who(asked) + " is already booked " + WHEN.format(other.start()) + " to "
        + (other.end().toLocalDate().equals(other.start().toLocalDate()) ? TIME : WHEN).format(other.end())
        + " (Europe/London) for appointment " + clash.appointmentId() + " \"" + other.title() + "\"" + more
        + "; an owner or admin may book over it with override";
  }
}
