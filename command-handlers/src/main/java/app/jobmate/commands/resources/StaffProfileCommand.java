package app.jobmate.commands.resources;

import app.jobmate.events.Actor;
import app.jobmate.events.resources.Absence;
import app.jobmate.events.resources.AbsenceId;
import app.jobmate.events.resources.Skills;
import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;

/** What owners and admins ask of a member of staff as a resource. The day (London) arrives on the command. */
public sealed interface StaffProfileCommand {

  UserId member();

  Actor actor();

  /** Skills and working hours, whole. */
  record SetStaffProfile(UserId member, List<String> skills, WorkingWeek workingHours, Actor actor)
      implements StaffProfileCommand {
    public SetStaffProfile {
      Require.present(member, "member");
      skills = Skills.of(skills);
      Require.present(workingHours, "workingHours");
    }
  }

  /** An hourly cost from {@code effectiveFrom} on; {@code today} is the London date it is asked on. */
  record SetHourlyCost(UserId member, Money hourlyCost, LocalDate effectiveFrom, LocalDate today, Actor actor)
      implements StaffProfileCommand {
    public SetHourlyCost {
      Require.present(member, "member");
      Require.present(hourlyCost, "hourlyCost");
      Require.present(effectiveFrom, "effectiveFrom");
      Require.present(today, "today");
    }
  }

  /** The member is away: whole London days or a part of one day (the times already placed on London's clock). */
  record RecordAbsence(UserId member, AbsenceId absenceId, Absence absence, Actor actor) implements StaffProfileCommand {
    public RecordAbsence {
      Require.present(member, "member");
      Require.present(absenceId, "absenceId");
      Require.present(absence, "absence");
    }
  }

  /** The member is not away then after all. */
  record CancelAbsence(UserId member, AbsenceId absenceId, Actor actor) implements StaffProfileCommand {
    public CancelAbsence {
      Require.present(member, "member");
      Require.present(absenceId, "absenceId");
    }
  }
}
