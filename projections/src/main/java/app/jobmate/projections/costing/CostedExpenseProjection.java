package app.jobmate.projections.costing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.expenses.ExpenseAmounts;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseEvents;
import app.jobmate.events.values.JobId;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The expenses as costed: take every expense event (its job, its amounts, its stage). */
public final class CostedExpenseProjection implements Projection<CostedExpense, ExpenseEvent> {

  public static final String NAME = "costing_expense";

  private static final Set<String> TAKEN = EventTypes.namesOf(ExpenseEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<CostedExpense> documentType() {
    return CostedExpense.class;
  }

  @Override
  public Class<ExpenseEvent> eventClass() {
    return ExpenseEvent.class;
  }

  @Override
  public String streamType() {
    return ExpenseEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public CostedExpense evolve(CostedExpense expense, EventEnvelope envelope, ExpenseEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (expense == null) {
      if (!(event instanceof ExpenseLogged e)) {
        throw new IllegalStateException("an expense starts with ExpenseLogged, not " + envelope.eventType());
      }
      return of(e.jobId(), e.date(), e.supplier(), e.description(), e.amounts(), "draft", at);
    }
    return switch (event) {
      case ExpenseLogged e -> throw new IllegalStateException("expense " + e.expenseId() + " is logged twice");
      case ExpenseChanged e -> of(e.jobId(), e.date(), e.supplier(), e.description(), e.amounts(), expense.stage(), at);
      case ExpenseSubmitted e -> expense.at("submitted", at);
      case ExpenseApproved e -> expense.at("approved", at);
      case ExpenseRefused e -> expense.at(CostedExpense.REFUSED, at);
      case ExpenseReimbursed e -> expense.at("reimbursed", at);
      case ExpenseReceiptAttached e -> expense; // a receipt changes no figure
    };
  }

  private static CostedExpense of(JobId jobId, LocalDate date, String supplier, String description, ExpenseAmounts a,
                                  String stage, Instant at) {
    return new CostedExpense(jobId == null ? null : jobId.toString(), date, supplier, description, a.net().pence(),
        a.vat().pence(), a.gross().pence(), stage, false, at);
  }
}
