package app.jobmate.projections.reports.exports;

import app.jobmate.events.values.TenantId;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The quotes an export writes, one at a time as they are read (a cursor, never a list of the whole
 * range): the tenant's quotes accepted on a London day from {@code from} to {@code to}, both included,
 * by that day and then id. A port of the reports: its adapter reads the quotes' and the customers' read
 * models by their stored shapes, knowing no class of those contexts.
 */
public interface QuoteExportQueries {

  void forEachAcceptedQuote(TenantId tenantId, LocalDate from, LocalDate to, Consumer<ExportedQuote> each);
}
