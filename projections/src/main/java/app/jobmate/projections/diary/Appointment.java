package app.jobmate.projections.diary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * An appointment's standing (collection {@code appointments}, one per appointment): booked or
 * cancelled, and who booked it. The diary shows a day's reservation only once its appointment is booked,
 * so a reservation whose booking is still under way, failed, or was cancelled is not shown.
 */
public record Appointment(String appointmentId, String status, DiaryEntry entry, String bookedBy, Instant updatedAt) {

  /** The revision it stands at: its entry's (1 as booked, one more for each move). */
  @JsonIgnore
  public int revision() {
    return entry == null ? 1 : entry.revisionNumber();
  }

  public static final String BOOKED = "booked";
  public static final String CANCELLED = "cancelled";
}
