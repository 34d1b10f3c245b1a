package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The expenses an export writes, one at a time as they are read (a cursor, never a list of the whole
 * range): the tenant's counted expenses (approved or reimbursed) dated from {@code from} to {@code to},
 * both included, by date and then id.
 */
public interface ExportQueries {

  void forEachExpense(TenantId tenantId, LocalDate from, LocalDate to, Consumer<ExportedExpense> each);
}
