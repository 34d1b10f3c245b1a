package app.jobmate.projections.reports;

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
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** The expense report lines: take every expense event (an expense changed, its stage, its approval and payment days). */
public final class ExpenseReportProjection implements Projection<ExpenseReportLine, ExpenseEvent> {

  public static final String NAME = "expense_report";
  /** The days of the reports are UK days. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final Set<String> TAKEN = EventTypes.namesOf(ExpenseEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<ExpenseReportLine> documentType() {
    return ExpenseReportLine.class;
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
  public ExpenseReportLine evolve(ExpenseReportLine line, EventEnvelope envelope, ExpenseEvent event) {
    if (line == null) {
      if (!(event instanceof ExpenseLogged e)) {
        throw new IllegalStateException("an expense starts with ExpenseLogged, not " + envelope.eventType());
      }
      return purchase(e.date(), e.supplier(), e.description(), e.category(), e.amounts(), e.paidBy(), id(e.member()),
          id(e.jobId()), ExpenseStage.DRAFT, null, null, null);
    }
    ExpenseReportLine x = line;
    return switch (event) {
      case ExpenseLogged e -> throw new IllegalStateException("expense " + e.expenseId() + " is logged twice");
      case ExpenseChanged e -> purchase(e.date(), e.supplier(), e.description(), e.category(), e.amounts(),
          e.paidBy(), id(e.member()), id(e.jobId()), x.stage(), x.approvedOn(), x.reimbursedOn(), x.reimbursedAmount());
      case ExpenseSubmitted e -> x.at(ExpenseStage.SUBMITTED);
      case ExpenseApproved e -> new ExpenseReportLine(x.date(), null, x.supplier(), x.description(), x.category(),
          x.vatCode(), x.net(), x.vat(), x.gross(), x.reverseChargeVat(), x.paidBy(), x.member(), x.jobId(),
          ExpenseStage.APPROVED, false, londonDay(e.approvedAt()), x.reimbursedOn(), x.reimbursedAmount());
      case ExpenseRefused e -> x.at(ExpenseStage.REFUSED);
      case ExpenseReceiptAttached e -> x; // a receipt changes no figure
      case ExpenseReimbursed e -> new ExpenseReportLine(x.date(), null, x.supplier(), x.description(), x.category(),
          x.vatCode(), x.net(), x.vat(), x.gross(), x.reverseChargeVat(), x.paidBy(), x.member(), x.jobId(),
          ExpenseStage.REIMBURSED, false, x.approvedOn(), londonDay(e.reimbursedAt()), e.amount().pence());
    };
  }

  private static ExpenseReportLine purchase(LocalDate date, String supplier, String description,
                                            app.jobmate.events.expenses.ExpenseCategory category, ExpenseAmounts a,
                                            PaidBy paidBy, String member, String jobId, ExpenseStage stage,
                                            LocalDate approvedOn, LocalDate reimbursedOn, Long reimbursedAmount) {
    return new ExpenseReportLine(date, null, supplier, description, category, a.vatCode(), a.net().pence(),
        a.vat().pence(), a.gross().pence(), a.reverseChargeVat().pence(), paidBy, member, jobId, stage, false,
        approvedOn, reimbursedOn, reimbursedAmount);
  }

  private static LocalDate londonDay(Instant instant) {
    return instant.atZone(LONDON).toLocalDate();
  }

  private static String id(Object id) {
    return id == null ? null : id.toString();
  }
}
