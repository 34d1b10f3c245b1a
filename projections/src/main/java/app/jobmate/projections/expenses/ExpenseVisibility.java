package app.jobmate.projections.expenses;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/**
 * Who sees which expenses: owners and admins every expense of their business; staff only their own
 * (logged by them, or paid by them), so no other's prices (any other is not found, exactly like one
 * that does not exist). Someone with no role sees none.
 */
public final class ExpenseVisibility {

  private ExpenseVisibility() {
  }

  /** @throws NotAllowed unless the viewer has a role */
  public static void requireMayReadExpenses(Viewer viewer) {
    viewer.requireAny("read expenses", Role.OWNER, Role.ADMIN, Role.STAFF);
  }

  public static boolean seesEveryExpense(Viewer viewer) {
    return viewer.hasAny(Role.OWNER, Role.ADMIN);
  }

  public static boolean maySee(Viewer viewer, Expense expense) {
    return seesEveryExpense(viewer) || expense.belongsTo(viewer.userId().value());
  }

  /**
   * Whose expenses a list shows the viewer who asked for {@code member}'s ({@code null}: everyone's):
   * staff get their own.
   *
   * @throws NotAllowed when staff name anyone else
   */
  public static String whose(Viewer viewer, String member) {
    if (seesEveryExpense(viewer)) {
      return member;
    }
    String own = viewer.userId().value();
    if (member != null && !member.equals(own)) {
      throw new NotAllowed("staff may only list their own expenses; leave out member");
    }
    return own;
  }
}
