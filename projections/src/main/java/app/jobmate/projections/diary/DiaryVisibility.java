package app.jobmate.projections.diary;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Whose diary a viewer reads (docs/business-rules.md, the diary): owners and admins anyone's in their
 * business; staff only their own ("my diary"). Nobody's diary shows a price.
 */
public final class DiaryVisibility {

  private DiaryVisibility() {
  }

  /**
   * The member whose diary the viewer who asked for {@code member}'s reads ({@code null}: their own).
   *
   * @throws NotAllowed when staff name anyone else, or the viewer has no role
   */
  public static String whose(Viewer viewer, String member) {
    viewer.requireAny("read the diary", Role.OWNER, Role.ADMIN, Role.STAFF);
    String own = viewer.userId().value();
    if (member == null || member.equals(own) || viewer.hasAny(Role.OWNER, Role.ADMIN)) {
      return member == null ? own : member;
    }
    throw new NotAllowed("staff may only read their own diary; leave out member");
  }

  /**
   * Whether the viewer may read a resource's diary (docs/decisions/diary-equipment.md): owners and admins,
   * who plan the fleet; staff see a van on their own appointments, not its week.
   *
   * @throws NotAllowed when the viewer is not an owner or admin
   */
  public static void mayReadResource(Viewer viewer) {
    viewer.requireAny("read a resource's diary", Role.OWNER, Role.ADMIN);
  }
}
