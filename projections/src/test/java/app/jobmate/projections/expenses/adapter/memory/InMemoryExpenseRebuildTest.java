package app.jobmate.projections.expenses.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.expenses.ExpenseRebuildContract;

class InMemoryExpenseRebuildTest extends ExpenseRebuildContract {

  @Override
  protected ReadModels newStore() {
    return new InMemoryReadModels();
  }
}
