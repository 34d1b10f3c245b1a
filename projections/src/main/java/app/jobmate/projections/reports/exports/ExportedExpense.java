package app.jobmate.projections.reports.exports;

import app.jobmate.projections.reports.ExpenseReportLine;

/** An expense as the exports read it: its id and its report line. */
public record ExportedExpense(String expenseId, ExpenseReportLine line) {
}
