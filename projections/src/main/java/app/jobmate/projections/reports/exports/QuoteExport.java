package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.TenantId;
import java.io.Writer;
import java.time.LocalDate;

/**
 * A quote export: the format's header, then the rows of each accepted quote from the cursor, written
 * to {@code out} as each is read; nothing holds the range's quotes at once.
 */
public final class QuoteExport {

  private QuoteExport() {
  }

  /** @return how many quotes were written */
  public static long write(QuoteExportQueries queries, TenantId tenantId, LocalDate from, LocalDate to,
                           QuoteExportFormat format, Writer out) {
    Csv csv = new Csv(out);
    csv.row(format.header());
    long[] quotes = {0};
    queries.forEachAcceptedQuote(tenantId, from, to, quote -> {
      format.rows(quote).forEach(csv::row);
      quotes[0]++;
    });
    return quotes[0];
  }

  /** The file's name: {@code quotes-xero-2026-01-01-to-2026-12-31.csv}. */
  public static String fileName(QuoteExportFormat format, LocalDate from, LocalDate to) {
    return "quotes-" + format.wireName() + "-" + from + "-to-" + to + ".csv";
  }
}
