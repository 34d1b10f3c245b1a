package app.jobmate.projections.customers.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.customers.CustomerQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB customer list against embedded mongo-java-server. */
class MongoCustomerQueriesTest extends CustomerQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoCustomerQueries(readModels));
  }
}
