package app.jobmate.projections.expenses.detail;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.Expense;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** The expense page as the API answers it: the expense's id, version and whole document (without its derived {@code people}). */
public record ExpenseView(String expenseId, long version,
                          @JsonUnwrapped @JsonIgnoreProperties("people") Expense expense) {

  static ExpenseView of(Versioned<Expense> expense) {
    return new ExpenseView(expense.streamId(), expense.version(), expense.document());
  }
}
