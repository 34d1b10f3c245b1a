package app.jobmate.projections.resources.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.resources.ResourceQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB resource list against embedded mongo-java-server. */
class MongoResourceQueriesTest extends ResourceQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoResourceQueries(readModels));
  }
}
