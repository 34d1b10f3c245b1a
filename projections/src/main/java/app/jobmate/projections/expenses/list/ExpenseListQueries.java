package app.jobmate.projections.expenses.list;

/** Reads the expense list (the active {@code expense} collection). */
public interface ExpenseListQueries {

  /** One page of {@code query}, newest first, after its cursor. */
  ExpensePage list(ListExpenses query);
}
