package app.jobmate.projections.tasks.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.tasks.TaskQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB task queries against embedded mongo-java-server. */
class MongoTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoTaskQueries queries = new MongoTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
