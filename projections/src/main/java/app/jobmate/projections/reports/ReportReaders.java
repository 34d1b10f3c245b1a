package app.jobmate.projections.reports;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Who may read the money reports and the accountant's exports: the one place that says so. Owners
 * and admins of the business; staff never (they see no other prices); and the business's API clients
 * (its accountant's program, with the {@code reports.read} scope), which reach these routes through
 * the reports' authorizer and read as an admin would ({@link Viewer#ofApiClient},
 * docs/decisions/api-clients.md).
 */
public final class ReportReaders {

  private ReportReaders() {
  }

  /** @throws NotAllowed unless the viewer may read the business's reports */
  public static void requireMayRead(Viewer viewer, String what) {
    viewer.requireAny("read " + what, Role.OWNER, Role.ADMIN);
  }
}
