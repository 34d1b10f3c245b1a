package app.jobmate.projections.customers.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.customers.CustomerQueriesContract;
import app.jobmate.projections.testing.RealMongo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The MongoDB customer list against the MongoDB or DocumentDB that {@code MONGODB_URI} names. */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
    disabledReason = "MONGODB_URI is not set: the MongoDB customer list's contract ran against mongo-java-server only")
class RealMongoCustomerQueriesTest extends CustomerQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(RealMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoCustomerQueries(readModels));
  }
}
