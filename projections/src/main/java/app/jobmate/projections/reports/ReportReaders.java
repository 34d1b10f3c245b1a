package app.jobmate.projections.reports;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Who may read the money reports and the accountant's exports: the one place that says so. Owners
 * and admins of the business; staff never (they see no other prices). An API client of the
 * business's accountant, with a {@code reports.read} scope, is to be added here.
 */
public final class ReportReaders {

  private ReportReaders() {
  }

  /** @throws NotAllowed unless the viewer may read the business's reports */
  public static void requireMayRead(Viewer viewer, String what) {
    viewer.requireAny("read " + what, Role.OWNER, Role.ADMIN);
  }
}
