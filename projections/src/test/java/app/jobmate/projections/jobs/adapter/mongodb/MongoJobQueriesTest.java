package app.jobmate.projections.jobs.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.jobs.JobListQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB job list against embedded mongo-java-server. */
class MongoJobQueriesTest extends JobListQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoJobQueries(readModels));
  }
}
