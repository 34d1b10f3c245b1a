package app.jobmate.projections.costing;

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

/** The expenses as costed, tenant first by job. One of the job costing's read sides ({@link CostingReadSides}). */
public final class CostingExpensesReadSide implements ReadSide {

  public static final String NAME = "costing-expenses";

  private static final CostedExpenseProjection PROJECTION = new CostedExpenseProjection();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return List.of(PROJECTION);
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(CostedExpenseProjection.NAME, List.of(Index.ascending("by_job", Index.TENANT, "jobId")));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    LocalDate day = LocalDate.of(2026, 1, 31);
    return new ExpenseLogged(ExpenseId.of(streamId), UserId.of("snapstart-priming"), day, "SnapStart priming",
        "Primes the costing projector", ExpenseCategory.OTHER,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(120), day), PaidBy.COMPANY, null, null);
  }
}
