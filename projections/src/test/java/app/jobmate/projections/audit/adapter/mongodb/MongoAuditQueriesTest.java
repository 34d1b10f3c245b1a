package app.jobmate.projections.audit.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.audit.AuditQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB audit trail against embedded mongo-java-server. */
class MongoAuditQueriesTest extends AuditQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoAuditQueries(readModels));
  }
}
