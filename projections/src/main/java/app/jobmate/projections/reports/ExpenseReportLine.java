package app.jobmate.projections.reports;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.VatCode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One expense as the money reports and the accountant's exports count it (collection
 * {@code expense_report}, one document per expense, built from the expense events by
 * {@link ExpenseReportProjection}): the purchase's date and month, what it was, its pence as logged,
 * who paid, where it is in its life, and when it was approved and paid back (London days). The
 * reports are aggregations over these documents, asked when read: nothing is summed per message, so
 * a duplicate or reordered delivery cannot count twice (the projector's version guard holds each
 * document to its stream).
 *
 * <p>{@code month} ({@code 2026-11}) and {@code counted} are derived from {@code date} and
 * {@code stage} here, so they cannot disagree with them; they are what the aggregations group and
 * select on.
 *
 * @param member           the member who paid and is owed the gross; absent when the company paid
 * @param reimbursedAmount pence paid back, once reimbursed
 */
public record ExpenseReportLine(LocalDate date, String month, String supplier, String description,
                                ExpenseCategory category, VatCode vatCode, long net, long vat, long gross,
                                long reverseChargeVat, PaidBy paidBy, String member, String jobId, ExpenseStage stage,
                                boolean counted, LocalDate approvedOn, LocalDate reimbursedOn, Long reimbursedAmount) {

  public ExpenseReportLine {
    month = YearMonth.from(date).toString();
    counted = stage.counted();
  }

  ExpenseReportLine at(ExpenseStage next) {
    return new ExpenseReportLine(date, month, supplier, description, category, vatCode, net, vat, gross,
        reverseChargeVat, paidBy, member, jobId, next, false, approvedOn, reimbursedOn, reimbursedAmount);
  }
}
