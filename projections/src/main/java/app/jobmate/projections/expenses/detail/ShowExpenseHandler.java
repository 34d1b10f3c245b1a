package app.jobmate.projections.expenses.detail;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ExpenseProjection;
import app.jobmate.projections.expenses.ExpenseVisibility;
import app.jobmate.projections.query.Viewer;
import java.util.Optional;

/**
 * Answers {@link ShowExpense} for a viewer: the expense, or nothing when the tenant has no such expense
 * or the viewer may not see it (staff cannot tell another's expense from one that does not exist).
 */
public final class ShowExpenseHandler {

  private final ReadModels readModels;

  public ShowExpenseHandler(ReadModels readModels) {
    this.readModels = readModels;
  }

  public Optional<ExpenseView> handle(ShowExpense query, Viewer viewer) {
    return readModels.findActive(ExpenseProjection.NAME, Expense.class,
            DocumentId.of(query.tenantId(), query.expenseId().toString()))
        .filter(x -> ExpenseVisibility.maySee(viewer, x.document()))
        .map(ExpenseView::of);
  }
}
