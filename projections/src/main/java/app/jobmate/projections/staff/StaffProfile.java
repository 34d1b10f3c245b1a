package app.jobmate.projections.staff;

import app.jobmate.events.resources.WorkingWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member of staff as a resource (collection {@code staff-profile}, one per member, named by their user
 * id): skills, working hours per weekday (London) and the history of their hourly cost, each rate from
 * its day on, in date order.
 *
 * @param workingHours {@link WorkingWeek#NONE} until set
 */
public record StaffProfile(String member, List<String> skills, WorkingWeek workingHours, List<Rate> hourlyCosts,
                           Instant updatedAt) {

  public StaffProfile {
    skills = List.copyOf(skills);
    hourlyCosts = List.copyOf(hourlyCosts);
  }

  /** Pence an hour from {@code effectiveFrom} on, until the next rate's day. */
  public record Rate(long pence, LocalDate effectiveFrom) {
  }

  /** The rate in force on {@code day}: the last one from that day or before; {@code null} when none was. */
  public Rate rateOn(LocalDate day) {
    Rate inForce = null;
    for (Rate rate : hourlyCosts) {
      if (!rate.effectiveFrom().isAfter(day)) {
        inForce = rate;
      }
    }
    return inForce;
  }
}
