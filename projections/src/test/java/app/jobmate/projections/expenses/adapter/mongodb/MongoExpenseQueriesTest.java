package app.jobmate.projections.expenses.adapter.mongodb;

import app.jobmate.projections.adapter.lambda.ReadSides;
import app.jobmate.projections.adapter.mongodb.MongoReadModels;
import app.jobmate.projections.expenses.ExpenseListQueriesContract;
import app.jobmate.projections.testing.EmbeddedMongo;

/** The MongoDB expense list against embedded mongo-java-server. */
class MongoExpenseQueriesTest extends ExpenseListQueriesContract {

  @Override
  protected Fixture newFixture() {
    MongoReadModels readModels = new MongoReadModels(EmbeddedMongo.freshDatabase(), ReadSides.ALL).ensureIndexes();
    return new Fixture(readModels, new MongoExpenseQueries(readModels));
  }
}
