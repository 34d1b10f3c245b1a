package app.jobmate.events.resources;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens to a member of staff as a resource (docs/business-rules.md, resources): their profile
 * (skills and working hours) set whole, their hourly cost set from a date, and their absences recorded and
 * cancelled (docs/decisions/availability.md). One stream per member
 * ({@code staff/<userId>}); the member is a member of the team when it is written.
 */
public sealed interface StaffProfileEvent extends DomainEvent {

  LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  UserId member();

  /** The member's skills and working hours per weekday (Europe/London local time), whole. */
  record StaffProfileSet(UserId member, List<String> skills, WorkingWeek workingHours) implements StaffProfileEvent {
    public StaffProfileSet {
      Require.present(member, "member");
      skills = Skills.of(skills);
      Require.present(workingHours, "workingHours");
    }
  }

  /**
   * What an hour of the member's time costs the business from {@code effectiveFrom} (London) on, until a
   * later rate's date: a rate never applies before its date, so the cost of a visit is the rate in force
   * on its day. A rate set again for the same date replaces it.
   */
  record StaffHourlyCostSet(UserId member, Money hourlyCost, LocalDate effectiveFrom) implements StaffProfileEvent {
    public StaffHourlyCostSet {
      Require.present(member, "member");
      Require.present(hourlyCost, "hourlyCost");
      if (hourlyCost.pence() < 0 || hourlyCost.pence() > BusinessEvent.MAX_HOURLY_PENCE) {
        throw new IllegalArgumentException("hourlyCost must be 0 to " + BusinessEvent.MAX_HOURLY_PENCE
            + " pence an hour");
      }
      Require.present(effectiveFrom, "effectiveFrom");
      if (effectiveFrom.isBefore(EARLIEST_DATE) || effectiveFrom.isAfter(LATEST_DATE)) {
        throw new IllegalArgumentException("effectiveFrom must be from " + EARLIEST_DATE + " to " + LATEST_DATE);
      }
    }
  }

  /** An owner or admin recorded that the member is away (a holiday, sickness, training, other). */
  record AbsenceRecorded(UserId member, AbsenceId absenceId, Absence absence) implements StaffProfileEvent {
    public AbsenceRecorded {
      Require.present(member, "member");
      Require.present(absenceId, "absenceId");
      Require.present(absence, "absence");
    }
  }

  /** An owner or admin cancelled an absence: the member is not away then after all. */
  record AbsenceCancelled(UserId member, AbsenceId absenceId) implements StaffProfileEvent {
    public AbsenceCancelled {
      Require.present(member, "member");
      Require.present(absenceId, "absenceId");
    }
  }
}
