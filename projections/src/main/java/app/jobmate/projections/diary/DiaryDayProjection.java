package app.jobmate.projections.diary;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.projections.core.Projection;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The diary days: a member's or a busy resource's schedule on a London day, its reservations standing, taking every schedule
 * event. While a move is under way an appointment has two entries, its old and new revisions'.
 */
public final class DiaryDayProjection implements Projection<DiaryDay, ScheduleEvent> {

  public static final String NAME = "diary-days";

  private static final Set<String> TAKEN = EventTypes.namesOf(DiaryEvents.SCHEDULE_STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<DiaryDay> documentType() {
    return DiaryDay.class;
  }

  @Override
  public Class<ScheduleEvent> eventClass() {
    return ScheduleEvent.class;
  }

  @Override
  public String streamType() {
    return DiaryEvents.SCHEDULE_STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public DiaryDay evolve(DiaryDay day, EventEnvelope envelope, ScheduleEvent event) {
    List<DiaryEntry> entries = new ArrayList<>(day == null ? List.of() : day.entries());
    String appointment = event.appointmentId().toString();
    switch (event) {
      case TimeReserved e -> {
        entries.removeIf(x -> x.appointmentId().equals(appointment) && x.revisionNumber() == e.revisionNumber());
        entries.add(DiaryEntry.of(e.appointmentId(), e.booking(), e.override(), e.revisionNumber()));
      }
      case TimeReleased e -> entries.removeIf(x -> x.appointmentId().equals(appointment)
          && (e.revision() == null || x.revisionNumber() == e.revision()));
    }
    entries.sort(Comparator.comparing(DiaryEntry::startsAt).thenComparing(DiaryEntry::appointmentId));
    return new DiaryDay(event.member() == null ? null : event.member().value(), event.day().toString(), entries,
        envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS), event.resource() == null ? null : event.bookable());
  }
}
