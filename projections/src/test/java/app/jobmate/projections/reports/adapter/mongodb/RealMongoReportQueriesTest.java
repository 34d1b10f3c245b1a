package app.jobmate.projections.reports.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.reports.ReportQueriesContract;
import app.jobmate.projections.testing.RealMongo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The money reports' aggregations against the MongoDB or DocumentDB that {@code MONGODB_URI} names. */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
    disabledReason = "MONGODB_URI is not set: the money reports' contract ran against mongo-java-server only")
class RealMongoReportQueriesTest extends ReportQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(RealMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoReportQueries(readModels));
  }
}
