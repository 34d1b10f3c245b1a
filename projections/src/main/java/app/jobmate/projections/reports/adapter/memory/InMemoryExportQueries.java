package app.jobmate.projections.reports.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.reports.ExpenseReportLine;
import app.jobmate.projections.reports.ExpenseReportProjection;
import app.jobmate.projections.reports.exports.ExportQueries;
import app.jobmate.projections.reports.exports.ExportedExpense;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;

/** The exported expenses over {@link InMemoryReadModels}, by the port's own definition. */
public final class InMemoryExportQueries implements ExportQueries {

  private final InMemoryReadModels readModels;

  public InMemoryExportQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEachExpense(TenantId tenantId, LocalDate from, LocalDate to, Consumer<ExportedExpense> each) {
    String active = readModels.placement(ExpenseReportProjection.NAME).active();
    readModels.documents(active).stream().map(d -> (Versioned<ExpenseReportLine>) d)
        .filter(d -> d.tenantId().equals(tenantId) && d.document().counted()
            && !d.document().date().isBefore(from) && !d.document().date().isAfter(to))
        .sorted(Comparator.comparing((Versioned<ExpenseReportLine> d) -> d.document().date())
            .thenComparing(Versioned::id))
        .forEach(d -> each.accept(new ExportedExpense(d.streamId(), d.document())));
  }
}
