package app.jobmate.projections.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.core.ReadModelsContract;
import app.jobmate.projections.testing.RealMongo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The MongoDB adapter against the MongoDB or DocumentDB that {@code MONGODB_URI} names. */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+",
    disabledReason = "MONGODB_URI is not set: the MongoDB adapter's contract ran against mongo-java-server only")
class RealMongoReadModelsTest extends ReadModelsContract {

  @Override
  protected ReadModels newStore() {
    return new MongoReadModels(RealMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
  }
}
