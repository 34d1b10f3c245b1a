package app.jobmate.projections.customers;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/** Who may see customers: owners and admins. Staff see no customer list and no customer page. */
public final class CustomerVisibility {

  private CustomerVisibility() {
  }

  /** @throws NotAllowed unless the viewer is an owner or an admin */
  public static void requireMaySeeCustomers(Viewer viewer) {
    viewer.requireAny("see customers", Role.OWNER, Role.ADMIN);
  }
}
