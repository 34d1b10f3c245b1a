package app.jobmate.projections.resources.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.resources.ResourceQueriesContract;

class InMemoryResourceQueriesTest extends ResourceQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryResourceQueries(readModels));
  }
}
