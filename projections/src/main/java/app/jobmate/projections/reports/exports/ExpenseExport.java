package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.TenantId;
import java.io.Writer;
import java.time.LocalDate;

/**
 * An expense export: the format's header, then one row per counted expense from the cursor, written
 * to {@code out} as each is read; nothing holds the range's expenses at once.
 */
public final class ExpenseExport {

  private ExpenseExport() {
  }

  /** @return how many expenses were written */
  public static long write(ExportQueries queries, TenantId tenantId, LocalDate from, LocalDate to,
                           ExpenseExportFormat format, Writer out) {
    Csv csv = new Csv(out);
    csv.row(format.header());
    long[] rows = {0};
    queries.forEachExpense(tenantId, from, to, expense -> {
      csv.row(format.row(expense));
      rows[0]++;
    });
    return rows[0];
  }

  /** The file's name: {@code expenses-xero-2026-01-01-to-2026-12-31.csv}. */
  public static String fileName(ExpenseExportFormat format, LocalDate from, LocalDate to) {
    return "expenses-" + format.wireName() + "-" + from + "-to-" + to + ".csv";
  }
}
