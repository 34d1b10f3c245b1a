package app.jobmate.projections.quotes.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.quotes.QuoteQueriesContract;
import app.jobmate.projections.testing.RealMongo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The MongoDB queries against the MongoDB or DocumentDB that {@code MONGODB_URI} names. */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
    disabledReason = "MONGODB_URI is not set: the MongoDB queries' contract ran against mongo-java-server only")
class RealMongoQuoteQueriesTest extends QuoteQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(RealMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoQuoteQueries queries = new MongoQuoteQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
