package app.jobmate.projections.expenses.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.Expense;
import java.util.List;
import java.util.Optional;

/** A page of the expense list and, when there is more, the cursor of the next page. */
public record ExpensePage(List<Versioned<Expense>> items, Optional<ExpenseCursor> next) {

  public ExpensePage {
    items = List.copyOf(items);
  }

  /** The page from the first {@code limit + 1} matching expenses in order: the extra one only says there is more. */
  public static ExpensePage of(ListExpenses query, List<Versioned<Expense>> upToLimitPlusOne) {
    if (upToLimitPlusOne.size() <= query.limit()) {
      return new ExpensePage(upToLimitPlusOne, Optional.empty());
    }
    List<Versioned<Expense>> page = upToLimitPlusOne.subList(0, query.limit());
    Versioned<Expense> last = page.getLast();
    return new ExpensePage(page, Optional.of(new ExpenseCursor(last.document().date(), last.streamId())));
  }
}
