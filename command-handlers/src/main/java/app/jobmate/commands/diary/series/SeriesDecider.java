package app.jobmate.commands.diary.series;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.diary.series.SeriesCommand.EndSeries;
import app.jobmate.commands.diary.series.SeriesCommand.RecordOccurrencesBooked;
import app.jobmate.commands.diary.series.SeriesCommand.ScheduleSeries;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.diary.AppointmentKind;
import app.jobmate.events.diary.SeriesEvent;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import java.util.List;

/**
 * A recurring series as a pure decider (docs/decisions/recurring-series.md). Who may set one up follows
 * the single appointments' rule: owners and admins any series, staff only blocked time for themselves
 * alone, without override. Setting the same series up again decides nothing (a retry); recording a
 * window already recorded decides nothing either, so the horizon only moves forward.
 */
public final class SeriesDecider implements Decider<SeriesCommand, SeriesState, SeriesEvent> {

  public static final SeriesDecider INSTANCE = new SeriesDecider();

  private SeriesDecider() {
  }

  @Override
  public SeriesState initialState() {
    return new SeriesState.None();
  }

  @Override
  public Class<SeriesEvent> eventType() {
    return SeriesEvent.class;
  }

  @Override
  public List<SeriesEvent> decide(SeriesCommand command, SeriesState state) {
    return switch (command) {
      case ScheduleSeries c -> schedule(c, state);
      case RecordOccurrencesBooked c -> record(c, state);
      case EndSeries c -> end(c, state);
    };
  }

  @Override
  public SeriesState evolve(SeriesState state, SeriesEvent event) {
    return switch (event) {
      case SeriesScheduled e -> new SeriesState.Scheduled(e, null, null);
      case SeriesOccurrencesBooked e -> state instanceof SeriesState.Scheduled s ? s.booked(e) : state;
      case SeriesEnded e -> state instanceof SeriesState.Scheduled s ? s.endingFrom(e.from()) : state;
    };
  }

  private static List<SeriesEvent> schedule(ScheduleSeries c, SeriesState state) {
    permit(c);
    SeriesScheduled scheduled = new SeriesScheduled(c.seriesId(), c.rule(), c.kind(), c.members(), c.jobId(), c.title(),
        c.notes(), c.overrideReason(), c.actor().userId());
    return switch (state) {
      case SeriesState.None n -> List.of(scheduled);
      case SeriesState.Scheduled s when s.series().equals(scheduled) -> List.of();
      case SeriesState.Scheduled s -> throw Rejection.conflict("series.already-exists", "series " + c.seriesId()
          + " already exists with another rule or booking; set up a new series id");
    };
  }

  private static List<SeriesEvent> record(RecordOccurrencesBooked c, SeriesState state) {
    return switch (state) {
      case SeriesState.None n -> throw Rejection.notFound("series.not-found", "there is no series " + c.seriesId());
      case SeriesState.Scheduled s when s.bookedTo() != null && !c.to().isAfter(s.bookedTo()) -> List.of();
      case SeriesState.Scheduled s -> List.of(new SeriesOccurrencesBooked(c.seriesId(), c.from(), c.to(), c.booked(),
          c.clashed(), c.timeDoesNotExist(), c.now()));
    };
  }

  /**
   * Ending a series from a day: owners and admins any, staff only their own series of blocked time. Ending it
   * from a day it already ends on or before decides nothing (a retry, or a later end that changes nothing).
   */
  private static List<SeriesEvent> end(EndSeries c, SeriesState state) {
    return switch (state) {
      case SeriesState.None n -> throw Rejection.notFound("series.not-found", "there is no series " + c.seriesId());
      case SeriesState.Scheduled s -> {
        boolean manager = c.actor().roles().contains(Role.OWNER) || c.actor().roles().contains(Role.ADMIN);
        if (!manager && !s.series().scheduledBy().equals(c.actor().userId())) {
          throw Rejection.forbidden("appointment.staff-own-blocks-only", "staff may end only their own series");
        }
        yield s.endsFrom() != null && !s.endsFrom().isAfter(c.from()) ? List.of()
            : List.of(new SeriesEnded(c.seriesId(), c.from(), c.reason(), c.actor().userId(), c.now()));
      }
    };
  }

  /** Whether the actor may set this series up at all: refused (403) before anything is written. */
  static void permit(ScheduleSeries c) {
    Actor actor = c.actor();
    if (actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN)) {
      return;
    }
    if (c.kind() != AppointmentKind.BLOCKED || !c.members().equals(List.of(actor.userId()))) {
      throw Rejection.forbidden("appointment.staff-own-blocks-only",
          "staff may set up only a series of blocked time for themselves alone; an owner or admin books visits and meetings");
    }
    if (c.overrideReason() != null) {
      throw Rejection.forbidden("appointment.override-not-allowed", "only an owner or admin may book over a clash");
    }
  }
}
