package app.jobmate.projections.adapter.mongodb;

import app.jobmate.projections.tasks.TaskQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB task queries against embedded mongo-java-server. */
class MongoTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = MongoReadModels.forTasks(EmbeddedMongo.freshDatabase()).ensureIndexes();
    MongoTaskQueries queries = new MongoTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
