package app.jobmate.projections.expenses.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ExpenseProjection;
import app.jobmate.projections.expenses.list.ExpenseListQueries;
import app.jobmate.projections.expenses.list.ExpensePage;
import app.jobmate.projections.expenses.list.ListExpenses;
import java.util.List;

/** The expense list over {@link InMemoryReadModels}, by the query's own definition. */
public final class InMemoryExpenseQueries implements ExpenseListQueries {

  private final InMemoryReadModels readModels;

  public InMemoryExpenseQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public ExpensePage list(ListExpenses query) {
    String active = readModels.placement(ExpenseProjection.NAME).active();
    List<Versioned<Expense>> upToLimitPlusOne = readModels.documents(active).stream().map(d -> (Versioned<Expense>) d)
        .filter(query::matches).filter(query::isAfterCursor).sorted(ListExpenses.NEWEST_FIRST)
        .limit(query.limit() + 1L).toList();
    return ExpensePage.of(query, upToLimitPlusOne);
  }
}
