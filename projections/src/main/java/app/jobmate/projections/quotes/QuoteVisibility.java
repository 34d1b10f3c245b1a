package app.jobmate.projections.quotes;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/** Who may see quotes: owners and admins. Staff see no prices, so no quote at all, and no quote report. */
public final class QuoteVisibility {

  private QuoteVisibility() {
  }

  /** @throws NotAllowed unless the viewer is an owner or an admin */
  public static void requireMaySeeQuotes(Viewer viewer) {
    viewer.requireAny("see quotes and their prices", Role.OWNER, Role.ADMIN);
  }
}
