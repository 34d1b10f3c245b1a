package app.jobmate.projections.customers.page;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.CustomerVisibility;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the customer page of one customer of the viewer's tenant: its page; the survivor's page
 * for a customer merged into another (following merges of survivors too, at most
 * {@link #MAX_MERGES} of them); nothing for an unknown customer, another tenant's, or an erased one
 * (nor for a merged one whose survivor was erased).
 */
public final class ShowCustomerHandler {

  public static final int MAX_MERGES = 10;

  private final ReadModels readModels;

  public ShowCustomerHandler(ReadModels readModels) {
    this.readModels = readModels;
  }

  /** @throws NotAllowed when the viewer may not see customers */
  public Optional<CustomerView> handle(TenantId tenant, CustomerId customerId, Viewer viewer) {
    CustomerVisibility.requireMaySeeCustomers(viewer);
    String asked = customerId.toString();
    String id = asked;
    Set<String> seen = new HashSet<>();
    for (int hop = 0; hop <= MAX_MERGES && seen.add(id); hop++) {
      Optional<Versioned<Customer>> found = readModels.findActive(CustomerProjection.NAME, Customer.class,
          DocumentId.of(tenant, id));
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Customer customer = found.get().document();
      switch (customer.status()) {
        case ACTIVE, ARCHIVED -> {
          return Optional.of(CustomerView.of(found.get(), id.equals(asked) ? null : asked));
        }
        case ERASED -> {
          return Optional.empty();
        }
        case MERGED -> {
          if (customer.mergedInto() == null) {
            return Optional.empty();
          }
          id = customer.mergedInto();
        }
      }
    }
    return Optional.empty();
  }
}
