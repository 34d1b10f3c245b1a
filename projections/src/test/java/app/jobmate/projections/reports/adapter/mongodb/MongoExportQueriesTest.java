package app.jobmate.projections.reports.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.reports.ExportQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The export's cursor against embedded mongo-java-server. */
class MongoExportQueriesTest extends ExportQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoExportQueries(readModels));
  }
}
