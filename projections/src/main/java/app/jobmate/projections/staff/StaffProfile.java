package app.jobmate.projections.staff;

import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.WorkingWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A member of staff as a resource (collection {@code staff-profile}, one per member, named by their user
 * id): skills, working hours per weekday (London) and the history of their hourly cost, each rate from
 * its day on, in date order, and the absences standing, by start (cancelled ones are gone).
 *
 * @param workingHours {@link WorkingWeek#NONE} until set
 */
public record StaffProfile(String member, List<String> skills, WorkingWeek workingHours, List<Rate> hourlyCosts,
                           List<Away> absences, Instant updatedAt) {

  public StaffProfile {
    skills = List.copyOf(skills);
    hourlyCosts = List.copyOf(hourlyCosts);
    absences = absences == null ? List.of() : List.copyOf(absences);
  }

  /**
   * An absence standing: its kind, whole days or a part of a day, its times on London's clock
   * ({@code 2027-08-09T00:00}) and as instants (half-open).
   */
  public record Away(String absenceId, String kind, boolean wholeDays, String start, String end, Instant startsAt,
                     Instant endsAt) {

    public static Away of(String absenceId, Absence absence) {
      return new Away(absenceId, absence.kind().wireName(), absence.wholeDays(), minutes(absence.start()),
          minutes(absence.end()), absence.startsAt(), absence.endsAt());
    }

    private static String minutes(LocalDateTime time) {
      return time.toLocalDate() + "T" + time.toLocalTime();
    }
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
