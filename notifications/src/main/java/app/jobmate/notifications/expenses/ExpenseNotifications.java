package app.jobmate.notifications.expenses;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseEvents;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.Set;

/** Expenses in real time ({@link ExpenseRecipients}): submissions to the office, decisions to their people. */
public final class ExpenseNotifications implements NotifyingContext {

  private static final ExpenseRecipients RULES = new ExpenseRecipients();

  @Override
  public EventContext events() {
    return ExpenseEvents.CONTEXT;
  }

  @Override
  public NoticeRules<ExpenseEvent, ExpenseSummary> rules() {
    return RULES;
  }

  @Override
  public Set<Class<? extends DomainEvent>> notified() {
    return Set.of(ExpenseSubmitted.class, ExpenseApproved.class, ExpenseRefused.class);
  }

  /** A draft's own life and the payment back: they give the supplier and gross the messages show. */
  @Override
  public Set<Class<? extends DomainEvent>> notNotified() {
    return Set.of(ExpenseLogged.class, ExpenseChanged.class, ExpenseReimbursed.class, ExpenseReceiptAttached.class);
  }
}
