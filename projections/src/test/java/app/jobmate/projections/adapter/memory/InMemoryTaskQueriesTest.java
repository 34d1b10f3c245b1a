package app.jobmate.projections.adapter.memory;

import app.jobmate.projections.tasks.TaskQueriesContract;

class InMemoryTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    InMemoryTaskQueries queries = new InMemoryTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
