package app.jobmate.projections.expenses.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.expenses.ExpenseRebuildContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The expense rebuild against embedded mongo-java-server. */
class MongoExpenseRebuildTest extends ExpenseRebuildContract {

  @Override
  protected ReadModels newStore() {
    return new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
  }
}
