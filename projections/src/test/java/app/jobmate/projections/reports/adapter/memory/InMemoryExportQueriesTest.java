package app.jobmate.projections.reports.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.reports.ExportQueriesContract;

class InMemoryExportQueriesTest extends ExportQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryExportQueries(readModels));
  }
}
