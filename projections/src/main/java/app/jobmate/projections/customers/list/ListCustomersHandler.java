package app.jobmate.projections.customers.list;

import app.jobmate.projections.customers.CustomerVisibility;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;

/** Answers {@link ListCustomers} for an owner or an admin: one page in its order. */
public final class ListCustomersHandler {

  private final CustomerListQueries list;

  public ListCustomersHandler(CustomerListQueries list) {
    this.list = list;
  }

  /** @throws NotAllowed when the viewer may not see customers */
  public CustomerListView handle(ListCustomers query, Viewer viewer) {
    CustomerVisibility.requireMaySeeCustomers(viewer);
    CustomerPage page = list.list(query);
    return new CustomerListView(page.items().stream().map(CustomerListView.Entry::of).toList(),
        page.nextAfter().map(CustomerCursor::encode).orElse(null), query.limit());
  }
}
