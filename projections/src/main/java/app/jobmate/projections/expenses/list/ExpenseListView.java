package app.jobmate.projections.expenses.list;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ExpenseStatus;
import java.time.LocalDate;
import java.util.List;

/** The expense list as the API answers it: a row per expense, the next page's cursor when there is more, the page size. */
public record ExpenseListView(List<Row> items, String nextCursor, int limit) {

  public record Row(String expenseId, long version, LocalDate date, String supplier, ExpenseCategory category,
                    long net, long vat, long gross, String vatCode, PaidBy paidBy, String member, String jobId,
                    ExpenseStatus status, String loggedBy, Expense.Mileage mileage) {
  }

  public static ExpenseListView of(ExpensePage page, int limit) {
    return new ExpenseListView(page.items().stream().map(v -> {
      Expense x = v.document();
      return new Row(v.streamId(), v.version(), x.date(), x.supplier(), x.category(), x.amounts().net(),
          x.amounts().vat(), x.amounts().gross(), x.amounts().vatCode(), x.paidBy(), x.member(), x.jobId(), x.status(),
          x.loggedBy(), x.mileage());
    }).toList(), page.next().map(ExpenseCursor::encode).orElse(null), limit);
  }
}
