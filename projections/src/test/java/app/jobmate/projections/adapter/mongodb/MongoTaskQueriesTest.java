package app.jobmate.projections.adapter.mongodb;

import app.jobmate.projections.tasks.TaskQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;
import app.jobmate.projections.adapter.lambda.ReadSides;

/** The MongoDB task queries against embedded mongo-java-server. */
class MongoTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoTaskQueries queries = new MongoTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
