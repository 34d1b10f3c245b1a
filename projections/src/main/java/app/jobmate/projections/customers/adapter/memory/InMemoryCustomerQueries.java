package app.jobmate.projections.customers.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerProjection;
import app.jobmate.projections.customers.list.CustomerListQueries;
import app.jobmate.projections.customers.list.CustomerPage;
import app.jobmate.projections.customers.list.ListCustomers;
import java.util.List;

/** The customer list over {@link InMemoryReadModels}, by the query's own definition. */
public final class InMemoryCustomerQueries implements CustomerListQueries {

  private final InMemoryReadModels readModels;

  public InMemoryCustomerQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public CustomerPage list(ListCustomers query) {
    String active = readModels.placement(CustomerProjection.NAME).active();
    List<Versioned<Customer>> upToLimitPlusOne = readModels.documents(active).stream()
        .map(d -> (Versioned<Customer>) d)
        .filter(query::matches)
        .filter(query::isAfterCursor)
        .sorted(query.comparator())
        .limit(query.limit() + 1L)
        .toList();
    return CustomerPage.of(query, upToLimitPlusOne);
  }
}
