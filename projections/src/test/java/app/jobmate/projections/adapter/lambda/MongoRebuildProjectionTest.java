package app.jobmate.projections.adapter.lambda;

import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The rebuild with the MongoDB adapter, on embedded mongo-java-server. */
class MongoRebuildProjectionTest extends RebuildProjectionContract {

  @Override
  protected ReadModels newStore() {
    return new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
  }
}
