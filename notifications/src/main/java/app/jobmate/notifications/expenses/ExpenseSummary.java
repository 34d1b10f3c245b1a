package app.jobmate.notifications.expenses;

import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a message about an expense needs beyond the event itself: its supplier and gross, whoever logged
 * it and the member owed it (whom it belongs to). The details are a register kept at the highest stream
 * version seen, so the order and repetition of deliveries do not matter (see {@code TaskSummary}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpenseSummary(ExpenseId expenseId, long version, String supplier, Money gross, UserId loggedBy,
                             UserId member, long detailsVersion) {

  public ExpenseSummary {
    if (expenseId == null) {
      throw new IllegalArgumentException("expenseId is required");
    }
  }

  public static ExpenseSummary empty(ExpenseId expenseId) {
    return new ExpenseSummary(expenseId, 0, null, null, null, null, 0);
  }

  /** This summary with the event at stream version {@code version} applied. */
  public ExpenseSummary apply(long version, ExpenseEvent event) {
    ExpenseSummary seen = new ExpenseSummary(expenseId, Math.max(this.version, version), supplier, gross, loggedBy,
        member, detailsVersion);
    return switch (event) {
      case ExpenseLogged e -> version <= detailsVersion ? seen
          : new ExpenseSummary(expenseId, seen.version, e.supplier(), e.amounts().gross(), e.loggedBy(), e.member(),
              version);
      case ExpenseChanged e -> version <= detailsVersion ? seen
          : new ExpenseSummary(expenseId, seen.version, e.supplier(), e.amounts().gross(), loggedBy, e.member(),
              version);
      case ExpenseSubmitted e -> seen;
      case ExpenseApproved e -> seen;
      case ExpenseRefused e -> seen;
      case ExpenseReimbursed e -> seen;
      case ExpenseEvent.ExpenseReceiptAttached e -> seen;
    };
  }
}
