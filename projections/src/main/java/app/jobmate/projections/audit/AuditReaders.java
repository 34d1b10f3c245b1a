package app.jobmate.projections.audit;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/** Who reads the audit trail: the business's owners, and no one else (admins, staff and API clients are refused). */
public final class AuditReaders {

  private AuditReaders() {
  }

  /** @throws NotAllowed unless the viewer is an owner signed in as a person */
  public static void requireMayRead(Viewer viewer) {
    if (viewer.isApiClient()) {
      throw new NotAllowed("API clients may not read the audit trail");
    }
    viewer.requireAny("read the audit trail", Role.OWNER);
  }
}
