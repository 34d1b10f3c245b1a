package app.jobmate.projections.reports.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.reports.ReportQueriesContract;

class InMemoryReportQueriesTest extends ReportQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryReportQueries(readModels));
  }
}
