package app.jobmate.projections.expenses.list;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.expenses.Expense;
import app.jobmate.projections.expenses.ExpenseStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * A page of a tenant's expenses, newest first (by the expense's date, then by id): filtered by status,
 * category, person ({@code member}: logged by them or owed to them), job and date range (inclusive);
 * after a keyset cursor.
 */
public record ListExpenses(TenantId tenantId, Set<ExpenseStatus> statuses, Set<ExpenseCategory> categories,
                           String member, JobId jobId, LocalDate from, LocalDate to, ExpenseCursor after, int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public ListExpenses {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenantId is required");
    }
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
  }

  /** The same query from {@code cursor} on. */
  public ListExpenses after(ExpenseCursor cursor) {
    return new ListExpenses(tenantId, statuses, categories, member, jobId, from, to, cursor, limit);
  }

  /** Whether {@code expense} is on the list (whatever the cursor). */
  public boolean matches(Versioned<Expense> expense) {
    Expense x = expense.document();
    return expense.tenantId().equals(tenantId)
        && (statuses.isEmpty() || statuses.contains(x.status()))
        && (categories.isEmpty() || categories.contains(x.category()))
        && (member == null || x.belongsTo(member))
        && (jobId == null || jobId.toString().equals(x.jobId()))
        && (from == null || !x.date().isBefore(from))
        && (to == null || !x.date().isAfter(to));
  }

  public boolean isAfterCursor(Versioned<Expense> expense) {
    if (after == null) {
      return true;
    }
    int byDate = after.date().compareTo(expense.document().date());
    return byDate != 0 ? byDate > 0 : after.expenseId().compareTo(expense.streamId()) > 0;
  }

  /** Newest first, then by id, descending: the order of the list and of its cursor. */
  public static final Comparator<Versioned<Expense>> NEWEST_FIRST = Comparator
      .comparing((Versioned<Expense> x) -> x.document().date()).thenComparing(Versioned::streamId).reversed();
}
