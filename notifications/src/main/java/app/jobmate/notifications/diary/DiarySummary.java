package app.jobmate.notifications.diary;

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

/**
 * What a message about an appointment needs: its booking now (times, title, the members it books) and
 * whether it was cancelled, at the highest stream version seen. A schedule's or a series' events change nothing here:
 * the push rule delivers only the appointments' (docs/notifications.md).
 */
public record DiarySummary(String appointmentId, long version, Booking booking, boolean cancelled) {

  public DiarySummary {
    if (appointmentId == null) {
      throw new IllegalArgumentException("appointmentId is required");
    }
  }

  public static DiarySummary empty(String appointmentId) {
    return new DiarySummary(appointmentId, 0, null, false);
  }

  /** This summary with the event at stream version {@code version} applied. */
  public DiarySummary apply(long version, DiaryEvent event) {
    long seen = Math.max(this.version, version);
    return switch (event) {
      case AppointmentBooked e -> new DiarySummary(appointmentId, seen, e.booking(), cancelled);
      case AppointmentCancelled e -> new DiarySummary(appointmentId, seen, e.booking(), true);
      case AppointmentMoved e -> new DiarySummary(appointmentId, seen, e.booking(), cancelled);
      case TimeReserved e -> new DiarySummary(appointmentId, seen, booking, cancelled);
      case TimeReleased e -> new DiarySummary(appointmentId, seen, booking, cancelled);
      case SeriesScheduled e -> new DiarySummary(appointmentId, seen, booking, cancelled);
      case SeriesOccurrencesBooked e -> new DiarySummary(appointmentId, seen, booking, cancelled);
      case SeriesEnded e -> new DiarySummary(appointmentId, seen, booking, cancelled);
    };
  }
}
