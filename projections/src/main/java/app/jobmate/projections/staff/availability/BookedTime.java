package app.jobmate.projections.staff.availability;

import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The time a member is booked in the diary on some London days, read at query time from the diary's read
 * model (docs/decisions/availability.md). A port of the staff read side, so that neither read side knows
 * the other: its adapters read the diary's day documents by their stored shape, not the diary's classes.
 */
public interface BookedTime {

  /**
   * Every reservation standing on {@code member}'s London days {@code first} to {@code last} (inclusive, at
   * most {@link Availability#MAX_DAYS}), each once even when it spans several of the days, in no order.
   */
  List<Booked> of(TenantId tenant, String member, LocalDate first, LocalDate last);

  /** A reservation: its appointment and its half-open interval. */
  record Booked(String appointmentId, Instant startsAt, Instant endsAt) {
  }
}
