package app.jobmate.projections.diary;

import java.time.Instant;

/**
 * An appointment's standing (collection {@code appointments}, one per appointment): booked or
 * cancelled, and who booked it. The diary shows a day's reservation only once its appointment is booked,
 * so a reservation whose booking is still under way, failed, or was cancelled is not shown.
 */
public record Appointment(String appointmentId, String status, DiaryEntry entry, String bookedBy, Instant updatedAt) {

  public static final String BOOKED = "booked";
  public static final String CANCELLED = "cancelled";
}
