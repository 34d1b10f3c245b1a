package app.jobmate.projections.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerNamesContract;

class InMemoryCustomerNamesTest extends CustomerNamesContract {

  private final InMemoryCustomerNames names = new InMemoryCustomerNames();

  @Override
  protected CustomerNames names() {
    return names;
  }

  @Override
  protected void inBook(TenantId tenant, String customerId, String name) {
    names.name(tenant, customerId, name == null ? "Erased customer" : name);
  }
}
