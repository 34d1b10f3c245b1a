package app.jobmate.projections.reports.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.reports.ReportQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The money reports' aggregations against embedded mongo-java-server. */
class MongoReportQueriesTest extends ReportQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoReportQueries(readModels));
  }
}
