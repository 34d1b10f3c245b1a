package app.jobmate.projections.expenses;

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
 * The read side of the expenses context: one document per expense, which takes every expense event.
 * The expense list and the expense's page are queries over it.
 */
public final class ExpenseReadSide implements ReadSide {

  public static final String NAME = "expenses";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new ExpenseProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * Tenant first, then the list's order (the expense's date, then the id keyset paging compares): the
   * whole list, a person's expenses (staff see only theirs), by status, by category and by job.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(ExpenseProjection.NAME, List.of(
        Index.ascending("by_date", Index.TENANT, "date", Index.ID),
        Index.ascending("by_person", Index.TENANT, "people", "date", Index.ID),
        Index.ascending("by_status", Index.TENANT, "status", "date", Index.ID),
        Index.ascending("by_category", Index.TENANT, "category", "date", Index.ID),
        Index.ascending("by_job", Index.TENANT, "jobId", "date", Index.ID)));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    LocalDate day = LocalDate.of(2026, 1, 31);
    return new ExpenseLogged(ExpenseId.of(streamId), UserId.of("snapstart-priming"), day, "SnapStart priming",
        "Primes the expense projector", ExpenseCategory.OTHER,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(120), day), PaidBy.COMPANY, null, null);
  }
}
