package app.jobmate.projections.staff;

import app.jobmate.events.resources.WorkingWeek;
import app.jobmate.projections.core.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A member's profile as the API answers it: for owners and admins with the history of their hourly cost
 * and the version; for the member themselves without any cost (staff never see costs). Both see the
 * absences standing (the kind and the times: no reason is ever kept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffProfileView(String member, Long version, List<String> skills, WorkingWeek workingHours,
                               List<StaffProfile.Rate> hourlyCosts, List<StaffProfile.Away> absences,
                               Instant updatedAt) {

  public static StaffProfileView of(Versioned<StaffProfile> v, boolean withCosts) {
    StaffProfile p = v.document();
    return withCosts
        ? new StaffProfileView(p.member(), v.version(), p.skills(), p.workingHours(), p.hourlyCosts(), p.absences(),
            p.updatedAt())
        : new StaffProfileView(p.member(), null, p.skills(), p.workingHours(), null, p.absences(), null);
  }
}
