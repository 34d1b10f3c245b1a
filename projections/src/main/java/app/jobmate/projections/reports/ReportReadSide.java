package app.jobmate.projections.reports;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The read side of the money reports and the accountant's exports: one report line per expense
 * ({@link ExpenseReportLine}), which takes every expense event on a projector and queue of its own, so
 * that the reports can be rebuilt, changed and fall behind without touching the expense list. The
 * reports are aggregations over the lines, asked when read (docs/decisions/money-reports.md); the
 * VAT quarters also read the business's VAT registration and stagger, by the business collection's
 * stored shape ({@code reports.vat.VatRegistrations}).
 */
public final class ReportReadSide implements ReadSide {

  public static final String NAME = "reports";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new ExpenseReportProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * Tenant first: the money reports' and exports' range of purchase dates among the counted lines (and
   * the export's order, then the id); what is owed (by stage and member); what was paid back, by day.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(ExpenseReportProjection.NAME, List.of(
        Index.ascending("by_counted_date", Index.TENANT, "counted", "date", Index.ID),
        Index.ascending("by_date", Index.TENANT, "date"),
        Index.ascending("by_stage_member", Index.TENANT, "stage", "member"),
        Index.ascending("by_reimbursed_on", Index.TENANT, "reimbursedOn")));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    LocalDate day = LocalDate.of(2026, 1, 31);
    return new ExpenseLogged(ExpenseId.of(streamId), UserId.of("snapstart-priming"), day, "SnapStart priming",
        "Primes the report projector", ExpenseCategory.OTHER,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(120), day), PaidBy.COMPANY, null, null);
  }
}
