package app.jobmate.projections.staff;

import app.jobmate.events.Role;
import app.jobmate.projections.query.Viewer;

/**
 * Whose staff profile a viewer reads (docs/business-rules.md, resources): owners and admins anyone's in
 * their business, with the costs; staff only their own, never with a cost (any other is not found).
 */
public final class StaffVisibility {

  private StaffVisibility() {
  }

  /** @throws app.jobmate.projections.query.NotAllowed unless the viewer has a role */
  public static void requireMayReadProfiles(Viewer viewer) {
    viewer.requireAny("read staff profiles", Role.OWNER, Role.ADMIN, Role.STAFF);
  }

  public static boolean seesCosts(Viewer viewer) {
    return viewer.hasAny(Role.OWNER, Role.ADMIN);
  }

  public static boolean maySeeProfileOf(Viewer viewer, String member) {
    return seesCosts(viewer) || viewer.userId().value().equals(member);
  }
}
