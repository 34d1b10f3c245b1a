package app.jobmate.projections.resources;

import app.jobmate.events.Role;
import app.jobmate.projections.query.Viewer;

/**
 * Who sees what of equipment and vehicles (docs/business-rules.md, resources): owners and admins
 * everything, retired ones too; staff the names and kinds of those in use (what they may be booked
 * with), never the notes, dates or registrations, and a retired one is not found for them. Someone with
 * no role sees none.
 */
public final class ResourceVisibility {

  private ResourceVisibility() {
  }

  /** @throws app.jobmate.projections.query.NotAllowed unless the viewer has a role */
  public static void requireMayReadResources(Viewer viewer) {
    viewer.requireAny("read equipment and vehicles", Role.OWNER, Role.ADMIN, Role.STAFF);
  }

  public static boolean seesEverything(Viewer viewer) {
    return viewer.hasAny(Role.OWNER, Role.ADMIN);
  }

  public static boolean maySee(Viewer viewer, Resource resource) {
    return seesEverything(viewer) || !resource.retired();
  }
}
