package app.jobmate.projections.quotes.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.quotes.QuoteQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB queries against embedded mongo-java-server. */
class MongoQuoteQueriesTest extends QuoteQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    MongoQuoteQueries queries = new MongoQuoteQueries(readModels);
    return new Fixture(readModels, queries, queries);
  }
}
