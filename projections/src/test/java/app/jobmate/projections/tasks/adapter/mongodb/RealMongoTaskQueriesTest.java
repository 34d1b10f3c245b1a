package app.jobmate.projections.tasks.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.tasks.TaskQueriesContract;
import app.jobmate.projections.testing.RealMongo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The MongoDB task queries against the MongoDB or DocumentDB that {@code MONGODB_URI} names. */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
    disabledReason = "MONGODB_URI is not set: the MongoDB task queries' contract ran against mongo-java-server only")
class RealMongoTaskQueriesTest extends TaskQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(RealMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoTaskQueries queries = new MongoTaskQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
