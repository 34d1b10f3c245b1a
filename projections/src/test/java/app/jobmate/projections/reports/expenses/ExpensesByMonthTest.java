package app.jobmate.projections.reports.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.reports.ExpenseStage;
import app.jobmate.projections.reports.ReportQueries.ExpenseTally;
import app.jobmate.projections.reports.expenses.ExpensesByMonth.Totals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpensesByMonthTest {

  private static ExpenseTally tally(String month, ExpenseCategory category, ExpenseStage stage, VatCode code, long count,
                                    long net, long vat) {
    return new ExpenseTally(month, category, stage, code, count, net, vat, net + vat, 0);
  }

  @Test
  void every_month_of_the_range_is_listed_empty_ones_with_zeros_and_only_approved_or_reimbursed_expenses_count() {
    ExpensesByMonth report = ExpensesByMonth.of(LocalDate.of(2026, 10, 15), LocalDate.of(2027, 1, 2), List.of(
        tally("2026-10", ExpenseCategory.MATERIALS, ExpenseStage.APPROVED, VatCode.STANDARD, 2, 1_000, 200),
        tally("2026-10", ExpenseCategory.MATERIALS, ExpenseStage.REIMBURSED, VatCode.REDUCED, 1, 500, 25),
        tally("2026-10", ExpenseCategory.FUEL, ExpenseStage.APPROVED, VatCode.STANDARD, 1, 100, 20),
        tally("2026-10", ExpenseCategory.FUEL, ExpenseStage.DRAFT, VatCode.STANDARD, 5, 9_000, 1_800),
        tally("2026-10", ExpenseCategory.FUEL, ExpenseStage.REFUSED, VatCode.STANDARD, 1, 7_000, 1_400),
        tally("2026-12", ExpenseCategory.TOOLS, ExpenseStage.SUBMITTED, VatCode.ZERO, 3, 300, 0),
        tally("2027-01", ExpenseCategory.OTHER, ExpenseStage.APPROVED, VatCode.OUTSIDE_SCOPE, 1, 4_000, 0)));

    assertThat(report.months()).extracting(ExpensesByMonth.Month::month)
        .containsExactly("2026-10", "2026-11", "2026-12", "2027-01");
    ExpensesByMonth.Month october = report.months().getFirst();
    assertThat(october.categories()).containsExactly(
        new ExpensesByMonth.CategoryTotals(ExpenseCategory.MATERIALS, 3, 1_500, 225, 1_725),
        new ExpensesByMonth.CategoryTotals(ExpenseCategory.FUEL, 1, 100, 20, 120));
    assertThat(october.total()).isEqualTo(new Totals(4, 1_600, 245, 1_845));
    assertThat(october.awaitingApproval()).isEqualTo(Totals.ZERO);
    assertThat(report.months().get(1).categories()).isEmpty();
    assertThat(report.months().get(1).total()).isEqualTo(Totals.ZERO);
    assertThat(report.months().get(2).awaitingApproval()).as("submitted: beside the total, not in it")
        .isEqualTo(new Totals(3, 300, 0, 300));
    assertThat(report.months().get(2).total()).isEqualTo(Totals.ZERO);
    assertThat(report.total()).isEqualTo(new Totals(5, 5_600, 245, 5_845));
    assertThat(report.awaitingApproval()).isEqualTo(new Totals(3, 300, 0, 300));
  }

  @Test
  void a_range_within_one_month_is_that_month() {
    ExpensesByMonth report = ExpensesByMonth.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28), List.of());

    assertThat(report.months()).extracting(ExpensesByMonth.Month::month).containsExactly("2026-02");
  }

  @Test
  void a_backwards_range_is_refused() {
    assertThatThrownBy(() -> ExpensesByMonth.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
