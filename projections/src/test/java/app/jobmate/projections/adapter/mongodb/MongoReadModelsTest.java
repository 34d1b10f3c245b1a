package app.jobmate.projections.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadModelsContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB adapter against embedded mongo-java-server. */
class MongoReadModelsTest extends ReadModelsContract {

  @Override
  protected ReadModels newStore() {
    return new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
  }
}
