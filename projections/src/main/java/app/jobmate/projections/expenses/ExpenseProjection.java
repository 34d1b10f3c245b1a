package app.jobmate.projections.expenses;

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
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The expense documents: take every expense event. */
public final class ExpenseProjection implements Projection<Expense, ExpenseEvent> {

  public static final String NAME = "expense";

  private static final Set<String> TAKEN = EventTypes.namesOf(ExpenseEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Expense> documentType() {
    return Expense.class;
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
  public Expense evolve(Expense expense, EventEnvelope envelope, ExpenseEvent event) {
    Instant at = stored(envelope.occurredAt());
    if (expense == null) {
      if (!(event instanceof ExpenseLogged e)) {
        throw new IllegalStateException("an expense starts with ExpenseLogged, not " + envelope.eventType());
      }
      return new Expense(e.date(), e.supplier(), e.description(), e.category(), amounts(e.amounts()), e.paidBy(),
          id(e.member()), id(e.jobId()), ExpenseStatus.DRAFT, e.loggedBy().value(), at, null, null, null, null, null,
          null, null, null, at, mileage(e.mileage()), null, null);
    }
    Expense x = expense;
    return switch (event) {
      case ExpenseLogged e -> throw new IllegalStateException("expense " + e.expenseId() + " is logged twice");
      case ExpenseChanged e -> new Expense(e.date(), e.supplier(), e.description(), e.category(), amounts(e.amounts()),
          e.paidBy(), id(e.member()), id(e.jobId()), x.status(), x.loggedBy(), x.loggedAt(), x.submittedAt(),
          x.approvedBy(), x.approvedAt(), x.refusedBy(), x.refusedAt(), x.refusalReason(), x.reimbursedAt(),
          x.reimbursedAmount(), at, e.mileage() == null ? x.mileage() : mileage(e.mileage()), null, x.receipt());
      case ExpenseSubmitted e -> new Expense(x.date(), x.supplier(), x.description(), x.category(), x.amounts(),
          x.paidBy(), x.member(), x.jobId(), ExpenseStatus.SUBMITTED, x.loggedBy(), x.loggedAt(), stored(e.submittedAt()),
          x.approvedBy(), x.approvedAt(), x.refusedBy(), x.refusedAt(), x.refusalReason(), x.reimbursedAt(),
          x.reimbursedAmount(), at, x.mileage(), null, x.receipt());
      case ExpenseApproved e -> new Expense(x.date(), x.supplier(), x.description(), x.category(), x.amounts(),
          x.paidBy(), x.member(), x.jobId(), ExpenseStatus.APPROVED, x.loggedBy(), x.loggedAt(), x.submittedAt(),
          e.approvedBy().value(), stored(e.approvedAt()), x.refusedBy(), x.refusedAt(), x.refusalReason(),
          x.reimbursedAt(), x.reimbursedAmount(), at, x.mileage(), null, x.receipt());
      case ExpenseRefused e -> new Expense(x.date(), x.supplier(), x.description(), x.category(), x.amounts(),
          x.paidBy(), x.member(), x.jobId(), ExpenseStatus.REFUSED, x.loggedBy(), x.loggedAt(), x.submittedAt(),
          x.approvedBy(), x.approvedAt(), e.refusedBy().value(), stored(e.refusedAt()), e.reason(), x.reimbursedAt(),
          x.reimbursedAmount(), at, x.mileage(), null, x.receipt());
      case ExpenseReimbursed e -> new Expense(x.date(), x.supplier(), x.description(), x.category(), x.amounts(),
          x.paidBy(), x.member(), x.jobId(), ExpenseStatus.REIMBURSED, x.loggedBy(), x.loggedAt(), x.submittedAt(),
          x.approvedBy(), x.approvedAt(), x.refusedBy(), x.refusedAt(), x.refusalReason(), stored(e.reimbursedAt()),
          e.amount().pence(), at, x.mileage(), null, x.receipt());
      case ExpenseReceiptAttached e -> new Expense(x.date(), x.supplier(), x.description(), x.category(), x.amounts(),
          x.paidBy(), x.member(), x.jobId(), x.status(), x.loggedBy(), x.loggedAt(), x.submittedAt(), x.approvedBy(),
          x.approvedAt(), x.refusedBy(), x.refusedAt(), x.refusalReason(), x.reimbursedAt(), x.reimbursedAmount(), at,
          x.mileage(), null,
          new Expense.Receipt(e.key().toString(), e.contentType().mediaType(), e.size(), e.attachedBy().value(),
              stored(e.attachedAt())));
    };
  }

  private static Expense.Mileage mileage(MileageClaim claim) {
    if (claim == null) {
      return null;
    }
    return new Expense.Mileage(claim.vehicle().wireName(), claim.passengers(),
        claim.journeys().stream().map(j -> new Expense.Journey(j.date(), j.from(), j.to(), j.purpose(), j.miles()))
            .toList(),
        claim.parts().stream().map(p -> new Expense.Part(p.taxYear().toString(), p.cheapMiles(), p.dearMiles(),
            p.passengerMiles(), p.pence())).toList());
  }

  private static Expense.Amounts amounts(ExpenseAmounts a) {
    return new Expense.Amounts(a.vatCode().wireName(), a.ratePercent(), a.net().pence(), a.vat().pence(),
        a.gross().pence(), a.reverseChargeVat().pence(), a.entered().wireName());
  }

  private static String id(Object id) {
    return id == null ? null : id.toString();
  }

  /** Read models keep milliseconds: what every document store holds exactly. */
  static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
