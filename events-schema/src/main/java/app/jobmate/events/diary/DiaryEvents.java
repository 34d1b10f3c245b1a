package app.jobmate.events.diary;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;

/**
 * The diary context in the published language (docs/decisions/diary-booking.md): appointments
 * (stream {@code appointment}) and the schedules of the people and busy resources they book, one stream per
 * bookable and London day (stream {@code schedule}, {@code <memberId>-<yyyy-mm-dd>} or
 * {@code <resourceId>-<yyyy-mm-dd>}).
 */
public final class DiaryEvents {

  public static final String APPOINTMENT_STREAM = "appointment";
  public static final String SCHEDULE_STREAM = "schedule";
  /** A recurring series of appointments (docs/decisions/recurring-series.md). */
  public static final String SERIES_STREAM = "series";

  public static final EventContext CONTEXT = new EventContext("diary", List.of(
      type("AppointmentBooked", APPOINTMENT_STREAM, AppointmentEvent.AppointmentBooked.class),
      type("AppointmentCancelled", APPOINTMENT_STREAM, AppointmentEvent.AppointmentCancelled.class),
      type("AppointmentMoved", APPOINTMENT_STREAM, AppointmentEvent.AppointmentMoved.class),
      type("TimeReserved", SCHEDULE_STREAM, ScheduleEvent.TimeReserved.class),
      type("TimeReleased", SCHEDULE_STREAM, ScheduleEvent.TimeReleased.class),
      type("SeriesScheduled", SERIES_STREAM, SeriesEvent.SeriesScheduled.class),
      type("SeriesOccurrencesBooked", SERIES_STREAM, SeriesEvent.SeriesOccurrencesBooked.class),
      type("SeriesEnded", SERIES_STREAM, SeriesEvent.SeriesEnded.class)));

  private DiaryEvents() {
  }

  /** The id of {@code member}'s schedule stream on {@code day}: {@code <memberId>-<yyyy-mm-dd>}. */
  public static String scheduleId(UserId member, LocalDate day) {
    return member + "-" + day;
  }

  /** The id of busy {@code resource}'s schedule stream on {@code day}: {@code <resourceId>-<yyyy-mm-dd>}. */
  public static String scheduleId(ResourceId resource, LocalDate day) {
    return resource + "-" + day;
  }

  /** The id of a bookable's schedule stream on {@code day}, from its id as text (a member's or a resource's). */
  public static String scheduleIdOf(String bookable, LocalDate day) {
    return bookable + "-" + day;
  }

  private static <E extends DomainEvent> EventType<E> type(String name, String stream, Class<E> type) {
    return new EventType<>(name, 1, "diary", stream, type);
  }
}
