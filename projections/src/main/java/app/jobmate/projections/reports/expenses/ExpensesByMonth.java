package app.jobmate.projections.reports.expenses;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.projections.reports.ReportQueries.ExpenseTally;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expenses report ({@code GET /reports/expenses}): each month from {@code from} to {@code to}
 * (every month listed, empty ones with zeros, for the dashboard's chart), its counted expenses
 * (approved or reimbursed) by category with count, net, VAT and gross, its total, and what is still
 * awaiting approval (submitted) beside it, not in the total. A month is that of the purchase's date.
 * Drafts and refused expenses are in no figure.
 */
public record ExpensesByMonth(LocalDate from, LocalDate to, List<Month> months, Totals total,
                              Totals awaitingApproval) {

  /** The longest range asked at once: three years of months. */
  public static final int MAX_MONTHS = 36;

  public record Month(String month, List<CategoryTotals> categories, Totals total, Totals awaitingApproval) {
  }

  public record CategoryTotals(ExpenseCategory category, long count, long net, long vat, long gross) {
  }

  public record Totals(long count, long net, long vat, long gross) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0);

    Totals plus(long count, long net, long vat, long gross) {
      return new Totals(this.count + count, this.net + net, this.vat + vat, this.gross + gross);
    }

    Totals plus(Totals other) {
      return plus(other.count, other.net, other.vat, other.gross);
    }
  }

  /** The report of the tallies of the expenses dated from {@code from} to {@code to}. */
  public static ExpensesByMonth of(LocalDate from, LocalDate to, List<ExpenseTally> tallies) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    Map<String, Map<ExpenseCategory, Totals>> counted = new HashMap<>();
    Map<String, Totals> awaiting = new HashMap<>();
    for (ExpenseTally t : tallies) {
      switch (t.stage()) {
        case APPROVED, REIMBURSED -> counted.computeIfAbsent(t.month(), m -> new EnumMap<>(ExpenseCategory.class))
            .merge(t.category(), new Totals(t.count(), t.net(), t.vat(), t.gross()), Totals::plus);
        case SUBMITTED -> awaiting.merge(t.month(), new Totals(t.count(), t.net(), t.vat(), t.gross()), Totals::plus);
        case DRAFT, REFUSED -> {
        }
      }
    }
    List<Month> months = new ArrayList<>();
    Totals total = Totals.ZERO;
    Totals allAwaiting = Totals.ZERO;
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      String key = m.toString();
      List<CategoryTotals> categories = new ArrayList<>();
      Totals monthTotal = Totals.ZERO;
      for (Map.Entry<ExpenseCategory, Totals> c : counted.getOrDefault(key, Map.of()).entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        Totals t = c.getValue();
        categories.add(new CategoryTotals(c.getKey(), t.count(), t.net(), t.vat(), t.gross()));
        monthTotal = monthTotal.plus(t);
      }
      Totals monthAwaiting = awaiting.getOrDefault(key, Totals.ZERO);
      months.add(new Month(key, categories, monthTotal, monthAwaiting));
      total = total.plus(monthTotal);
      allAwaiting = allAwaiting.plus(monthAwaiting);
    }
    return new ExpensesByMonth(from, to, months, total, allAwaiting);
  }
}
