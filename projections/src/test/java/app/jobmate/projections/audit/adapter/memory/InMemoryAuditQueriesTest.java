package app.jobmate.projections.audit.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.audit.AuditQueriesContract;

class InMemoryAuditQueriesTest extends AuditQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryAuditQueries(readModels));
  }
}
