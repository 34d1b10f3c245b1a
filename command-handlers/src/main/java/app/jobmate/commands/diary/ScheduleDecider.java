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
import java.util.ArrayList;
import java.util.List;

/**
 * A member's schedule on one London day, as a pure decider (docs/decisions/diary-booking.md): a
 * reservation is refused while another standing that day shares a moment with it (half-open: one
 * ending as the other starts does not), unless an override books over them, naming them. The command
 * service appends at the version it read, so of two overlapping reservations made at once one append
 * wins and the other reads again and is refused. Reserving the same time for the same appointment again
 * decides nothing (a retry); other time for it replaces its reservation in one commit (a move).
 */
public final class ScheduleDecider implements Decider<ScheduleCommand, Schedule, ScheduleEvent> {

  public static final ScheduleDecider INSTANCE = new ScheduleDecider();
  public static final String CLASH = "appointment.clash";
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
    TimeReserved standing = schedule.standing().get(command.appointmentId());
    return switch (command) {
      case ReserveTime c when standing != null && standing.booking().equals(c.booking()) -> List.of();
      case ReserveTime c -> {
        List<TimeReserved> clashes = schedule.clashesWith(c.appointmentId(), c.booking());
        if (!clashes.isEmpty() && c.overrideReason() == null) {
          throw Rejection.conflict(CLASH, describe(c, clashes.getFirst(), clashes.size()));
        }
        ClashOverride override = c.overrideReason() == null ? null
            : new ClashOverride(c.overrideReason(), clashes.stream().map(TimeReserved::appointmentId).toList());
        List<ScheduleEvent> events = new ArrayList<>();
        if (standing != null) {
          events.add(new TimeReleased(c.appointmentId(), c.member(), c.day(), c.now()));
        }
        events.add(new TimeReserved(c.appointmentId(), c.member(), c.day(), c.booking(), override, c.now()));
        yield events;
      }
      case ReleaseTime c when standing == null -> List.of();
      case ReleaseTime c -> List.of(new TimeReleased(c.appointmentId(), c.member(), c.day(), c.now()));
    };
  }

  @Override
  public Schedule evolve(Schedule schedule, ScheduleEvent event) {
    return switch (event) {
      case TimeReserved e -> schedule.with(e);
      case TimeReleased e -> schedule.without(e.appointmentId());
    };
  }

  /** The clash as the 409 says it: who, when, which appointment. */
  private static String describe(ReserveTime asked, TimeReserved clash, int count) {
    Booking other = clash.booking();
    String more = count > 1 ? " (and " + (count - 1) + " more)" : "";
    return "member " + asked.member() + " is already booked " + WHEN.format(other.start()) + " to "
        + (other.end().toLocalDate().equals(other.start().toLocalDate()) ? TIME : WHEN).format(other.end())
        + " (Europe/London) for appointment " + clash.appointmentId() + " \"" + other.title() + "\"" + more
        + "; an owner or admin may book over it with override";
  }
}
