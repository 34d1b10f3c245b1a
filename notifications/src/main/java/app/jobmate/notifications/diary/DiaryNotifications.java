package app.jobmate.notifications.diary;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentEvent.AppointmentBooked;
import app.jobmate.events.diary.AppointmentEvent.AppointmentCancelled;
import app.jobmate.events.diary.AppointmentEvent.AppointmentMoved;
import app.jobmate.events.diary.DiaryEvent;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.diary.ScheduleEvent.TimeReleased;
import app.jobmate.events.diary.ScheduleEvent.TimeReserved;
import app.jobmate.events.diary.SeriesEvent.SeriesEnded;
import app.jobmate.events.diary.SeriesEvent.SeriesOccurrencesBooked;
import app.jobmate.events.diary.SeriesEvent.SeriesScheduled;
import app.jobmate.notifications.diary.visits.AppointmentVisits;
import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.push.AfterFlush;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The diary in real time ({@link DiaryRecipients}): the members of an appointment told of its booking,
 * moving and cancelling; every flush of an appointment places it in the day-visits index
 * ({@code visits}) from which the morning reminder lists each member's visits of the day, and does what
 * else it is given (the texts of today's visits moved or cancelled, {@code texts}).
 */
public final class DiaryNotifications implements NotifyingContext {

  private static final DiaryRecipients RULES = new DiaryRecipients();

  private final DayVisits dayVisits;
  private final List<AfterFlush> besides;

  public DiaryNotifications(DayVisits dayVisits) {
    this(dayVisits, List.of());
  }

  public DiaryNotifications(DayVisits dayVisits, List<AfterFlush> besides) {
    this.dayVisits = dayVisits;
    this.besides = List.copyOf(besides);
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

  /**
   * The schedules' reservations: the appointment they are for is what people are told of; a series'
   * events: each occurrence's appointment is (docs/decisions/recurring-series.md).
   */
  @Override
  public Set<Class<? extends DomainEvent>> notNotified() {
    return Set.of(TimeReserved.class, TimeReleased.class, SeriesScheduled.class, SeriesOccurrencesBooked.class,
        SeriesEnded.class);
  }

  @Override
  public List<AfterFlush> afterFlush() {
    List<AfterFlush> all = new ArrayList<>();
    all.add(this::placeInDayVisitsIndex);
    all.addAll(besides);
    return List.copyOf(all);
  }

  /** An appointment's places in the day-visits index, from its whole stream: every flush places it again, idempotently. */
  private void placeInDayVisitsIndex(StreamId subject, List<Delivered> stream) {
    if (!subject.streamType().equals(DiaryEvents.APPOINTMENT_STREAM)) {
      return; // a schedule's stream: the appointments it reserves for are indexed from their own
    }
    AppointmentVisits visits = AppointmentVisits.empty(subject);
    for (Delivered delivered : stream) {
      visits = visits.apply(delivered.envelope().version(), DiaryEvent.class.cast(delivered.event()));
    }
    dayVisits.place(visits.placement());
  }
}
