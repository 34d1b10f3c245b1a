package app.jobmate.projections.staff.availability;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.staff.StaffProfile;
import java.util.List;

/** The business's members of staff as resources: their profiles, for free slots across the team. */
public interface StaffRoster {

  /** A small business's team fits well within it; more are left out and said so. */
  int MAX = 200;

  /**
   * The profiles of {@code tenant}'s members with {@code skill} (a normalised skill; {@code null}: any), by
   * member id, at most {@link #MAX} + 1 (one more tells the caller there were more).
   */
  List<StaffProfile> of(TenantId tenant, String skill);
}
