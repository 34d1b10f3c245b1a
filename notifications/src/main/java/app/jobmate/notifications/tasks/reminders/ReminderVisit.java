package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.values.JobId;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A visit as the morning reminder lists it: the appointment, its kind ({@code job-visit} or
 * {@code meeting}), title, times on London's clock ({@code start}, {@code end}) and as instants, and the
 * job it visits (absent for a meeting). No notes, no price.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"appointmentId", "kind", "title", "start", "end", "startsAt", "endsAt", "jobId"})
public record ReminderVisit(String appointmentId, String kind, String title,
                            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = MINUTES) LocalDateTime start,
                            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = MINUTES) LocalDateTime end,
                            Instant startsAt, Instant endsAt, JobId jobId) {

  /** London wall-clock times to the minute, as the diary writes them ({@code 2026-11-27T08:30}). */
  static final String MINUTES = "uuuu-MM-dd'T'HH:mm";

  public ReminderVisit {
    if (appointmentId == null || kind == null || title == null || start == null || end == null || startsAt == null
        || endsAt == null) {
      throw new IllegalArgumentException("appointmentId, kind, title and times are required");
    }
  }
}
