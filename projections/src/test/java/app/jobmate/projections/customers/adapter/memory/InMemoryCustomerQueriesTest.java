package app.jobmate.projections.customers.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.customers.CustomerQueriesContract;

class InMemoryCustomerQueriesTest extends CustomerQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryCustomerQueries(readModels));
  }
}
