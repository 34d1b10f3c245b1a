package app.jobmate.projections.costing;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Who may read a job's costing and the costing report: owners and admins (and the business's API
 * clients, on the report, as an admin would); staff never, as they see no price and no rate.
 */
public final class CostingReaders {

  private CostingReaders() {
  }

  /** @throws NotAllowed unless the viewer may read costs and values */
  public static void requireMayRead(Viewer viewer, String what) {
    viewer.requireAny("read " + what, Role.OWNER, Role.ADMIN);
  }
}
