package app.jobmate.projections.mileage;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Whose mileage a viewer reads (docs/business-rules.md, expenses): owners and admins anyone's in
 * their business; staff only their own, as with their expenses.
 */
public final class MileageVisibility {

  private MileageVisibility() {
  }

  /**
   * The member whose mileage the viewer who asked for {@code member}'s reads ({@code null}: their own).
   *
   * @throws NotAllowed when staff name anyone else, or the viewer has no role
   */
  public static String whose(Viewer viewer, String member) {
    viewer.requireAny("read mileage", Role.OWNER, Role.ADMIN, Role.STAFF);
    String own = viewer.userId().value();
    if (member == null || member.equals(own) || viewer.hasAny(Role.OWNER, Role.ADMIN)) {
      return member == null ? own : member;
    }
    throw new NotAllowed("staff may only read their own mileage; leave out member");
  }
}
