package app.jobmate.projections.costing;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's hourly costs as the costing prices their time (collection {@code costing_rate}, one per
 * member, built from the staff stream by {@link MemberRatesProjection}): each rate in pence an hour from
 * its London day on, in day order.
 */
public record MemberRates(String member, List<Rate> rates, java.time.Instant updatedAt) {

  public MemberRates {
    rates = List.copyOf(rates);
  }

  /** Pence an hour from {@code effectiveFrom} on, until the next rate's day. */
  public record Rate(long pence, LocalDate effectiveFrom) {
  }

  /** The rate in force on {@code day}: the last from that day or before; {@code null} when none was yet. */
  public Rate rateOn(LocalDate day) {
    Rate inForce = null;
    for (Rate rate : rates) {
      if (!rate.effectiveFrom().isAfter(day)) {
        inForce = rate;
      }
    }
    return inForce;
  }
}
