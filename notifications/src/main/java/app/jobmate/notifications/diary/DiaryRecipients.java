package app.jobmate.notifications.diary;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.Booking;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The diary: the members an appointment books hear when it is booked for them, moved or reassigned
 * ({@code appointment.moved}) and cancelled, the one who did it too (their other devices; {@code by}
 * keeps the acting one quiet, as for tasks); a member a move took off it hears it is no longer theirs
 * ({@code appointment.unassigned}, with the time they had). Within one coalescing window the last word
 * wins: a booking then a move is a booking at the new time, anything then a cancellation a cancellation.
 * The schedules' reservations tell nobody.
 */
public final class DiaryRecipients implements NoticeRules<DiaryEvent, DiarySummary> {

  @Override
  public Class<DiaryEvent> eventType() {
    return DiaryEvent.class;
  }

  @Override
  public DiarySummary empty(StreamId subject) {
    return DiarySummary.empty(subject.streamId());
  }

  @Override
  public DiarySummary apply(DiarySummary summary, EventEnvelope envelope, DiaryEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(Changes<DiaryEvent, DiarySummary> changes) {
    DiarySummary appointment = changes.after();
    DiaryMessage.Kind told = null;
    EventEnvelope last = null;

    for (Changes.Change<DiaryEvent> change : changes.events()) {
      switch (change.event()) {
        case AppointmentBooked e -> {
          told = DiaryMessage.Kind.BOOKED;
          last = change.envelope();
        }
        case AppointmentCancelled e -> {
          told = DiaryMessage.Kind.CANCELLED;
          last = change.envelope();
        }
        case AppointmentMoved e -> {
          told = told == DiaryMessage.Kind.BOOKED ? told : DiaryMessage.Kind.MOVED;
          last = change.envelope();
        }
        case TimeReserved e -> {
        }
        case TimeReleased e -> {
        }
        case SeriesScheduled e -> {
        }
        case SeriesOccurrencesBooked e -> {
        }
        case SeriesEnded e -> {
        }
      }
    }
    if (told == null || appointment.booking() == null) {
      return List.of();
    }
    UserId by = last.actor() == null ? null : last.actor().userId();
    DiaryMessage message = DiaryMessage.of(told, appointment, last.occurredAt(), by);
    List<Notice> notices = new ArrayList<>();
    for (UserId member : appointment.booking().members()) {
      notices.add(new Notice(new Audience.Person(member), message));
    }
    Booking known = changes.before().booking(); // what they were told last; none: nobody was told of it yet
    if (known != null && told == DiaryMessage.Kind.MOVED) {
      DiaryMessage unassigned = DiaryMessage.of(DiaryMessage.Kind.UNASSIGNED, appointment, known, last.occurredAt(), by);
      for (UserId member : known.members()) {
        if (!appointment.booking().members().contains(member)) {
          notices.add(new Notice(new Audience.Person(member), unassigned));
        }
      }
    }
    return List.copyOf(notices);
  }
}
