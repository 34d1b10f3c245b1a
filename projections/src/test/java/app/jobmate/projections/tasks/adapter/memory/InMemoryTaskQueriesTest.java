package app.jobmate.projections.tasks.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.tasks.TaskQueriesContract;

class InMemoryTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    InMemoryTaskQueries queries = new InMemoryTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
