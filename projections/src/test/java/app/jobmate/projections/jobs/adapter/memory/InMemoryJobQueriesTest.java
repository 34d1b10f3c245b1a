package app.jobmate.projections.jobs.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.jobs.JobListQueriesContract;

class InMemoryJobQueriesTest extends JobListQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryJobQueries(readModels));
  }
}
