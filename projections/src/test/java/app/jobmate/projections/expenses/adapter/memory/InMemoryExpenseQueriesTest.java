package app.jobmate.projections.expenses.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.expenses.ExpenseListQueriesContract;

class InMemoryExpenseQueriesTest extends ExpenseListQueriesContract {

  @Override
  protected Fixture newFixture() {
    InMemoryReadModels readModels = new InMemoryReadModels();
    return new Fixture(readModels, new InMemoryExpenseQueries(readModels));
  }
}
