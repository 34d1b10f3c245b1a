package app.jobmate.projections.reports;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Aggregates the report lines of one tenant: the money reports' only reads. Each answer is a handful
 * of sums; which of them a report counts, and how, is decided by the report in plain Java.
 */
public interface ReportQueries {

  /**
   * The tenant's expenses dated from {@code from} to {@code to} (both included), summed by month,
   * category, stage and VAT code; every stage, so that a report can show what awaits approval.
   */
  List<ExpenseTally> expenses(TenantId tenantId, LocalDate from, LocalDate to);

  /** What each member is owed: the approved expenses they paid, not yet paid back (gross). */
  List<MemberTally> owed(TenantId tenantId);

  /** What was paid back to each member from {@code from} to {@code to} (London days, both included). */
  List<MemberTally> reimbursed(TenantId tenantId, LocalDate from, LocalDate to);

  /** One group of expenses: its month ({@code 2026-11}), category, stage and VAT code, how many and their pence. */
  record ExpenseTally(String month, ExpenseCategory category, ExpenseStage stage, VatCode vatCode, long count, long net,
                      long vat, long gross, long reverseChargeVat) {
  }

  /** A member's expenses of one kind: how many, and the pence owed or paid. */
  record MemberTally(String member, long count, long amount) {
  }
}
