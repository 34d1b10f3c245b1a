package app.jobmate.notifications.diary;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.notifications.push.AfterFlush;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.List;
import java.util.Set;

/**
 * The diary in real time ({@link DiaryRecipients}): the members of an appointment told of its booking,
 * moving and cancelling; and what every flush of an appointment does besides (the texts of today's
 * visits moved or cancelled, {@code texts}).
 */
public final class DiaryNotifications implements NotifyingContext {

  private static final DiaryRecipients RULES = new DiaryRecipients();

  private final List<AfterFlush> afterFlush;

  /** Telling people over their connections only. */
  public DiaryNotifications() {
    this(List.of());
  }

  public DiaryNotifications(List<AfterFlush> afterFlush) {
    this.afterFlush = List.copyOf(afterFlush);
  }

  @Override
  public List<AfterFlush> afterFlush() {
    return afterFlush;
  }

  @Override
  public EventContext events() {
    return DiaryEvents.CONTEXT;
  }

  @Override
  public NoticeRules<DiaryEvent, DiarySummary> rules() {
    return RULES;
  }

  @Override
  public Set<Class<? extends DomainEvent>> notified() {
    return Set.of(AppointmentBooked.class, AppointmentCancelled.class, AppointmentMoved.class);
  }

  /** The schedules' reservations: the appointment they are for is what people are told of. */
  @Override
  public Set<Class<? extends DomainEvent>> notNotified() {
    return Set.of(TimeReserved.class, TimeReleased.class);
  }
}
