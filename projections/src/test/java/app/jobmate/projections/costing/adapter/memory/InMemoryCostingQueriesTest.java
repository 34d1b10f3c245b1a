package app.jobmate.projections.costing.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.costing.CostingQueries;
import app.jobmate.projections.costing.CostingQueriesContract;
import app.jobmate.projections.costing.VatRegistration;
import java.time.LocalDate;

class InMemoryCostingQueriesTest extends CostingQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    InMemoryCostingQueries queries = new InMemoryCostingQueries(readModels);
    return new Fixture() {
      @Override
      public ReadModels readModels() {
        return readModels;
      }

      @Override
      public CostingQueries queries() {
        return queries;
      }

      @Override
      public void registerForVat(TenantId tenantId, LocalDate from) {
        queries.register(tenantId, new VatRegistration(true, from));
      }
    };
  }
}
