package app.jobmate.notifications.diary.visits;

import app.jobmate.events.StreamId;
import app.jobmate.events.diary.AppointmentId;
import app.jobmate.events.diary.DiaryEvents;
import app.jobmate.events.values.TenantId;

/** An appointment's stream, {@code <tenantId>#appointment#<appointmentId>}: what the day-visits index lists. */
public final class AppointmentStreams {

  private AppointmentStreams() {
  }

  public static StreamId of(TenantId tenant, AppointmentId appointment) {
    return new StreamId(tenant, DiaryEvents.APPOINTMENT_STREAM, appointment.toString());
  }

  /**
   * {@code stream}, if it is an appointment's.
   *
   * @throws IllegalArgumentException for another stream type, or an id that is not an appointment id in canonical form
   */
  public static StreamId require(StreamId stream) {
    if (stream == null || !stream.streamType().equals(DiaryEvents.APPOINTMENT_STREAM)
        || !AppointmentId.of(stream.streamId()).toString().equals(stream.streamId())) {
      throw new IllegalArgumentException("not an appointment's stream: " + stream);
    }
    return stream;
  }

  public static AppointmentId appointmentId(StreamId stream) {
    return AppointmentId.of(require(stream).streamId());
  }
}
