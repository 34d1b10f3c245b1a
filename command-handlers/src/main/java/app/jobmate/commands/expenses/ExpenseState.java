package app.jobmate.commands.expenses;

import app.jobmate.events.values.UserId;

/** Where an expense is in its life: Draft -> Submitted -> Approved | Refused; Approved -> Reimbursed (paid by a member). */
public sealed interface ExpenseState {

  /** No expense has been logged in this stream. */
  record None() implements ExpenseState {}

  /** An expense that exists, whatever has become of it. */
  sealed interface Existing extends ExpenseState {
    Expense expense();
  }

  record Draft(Expense expense) implements Existing {}

  record Submitted(Expense expense) implements Existing {}

  record Approved(Expense expense) implements Existing {}

  record Refused(Expense expense) implements Existing {}

  record Reimbursed(Expense expense) implements Existing {}

  /** Who logged it, and what it says. */
  record Expense(UserId loggedBy, ExpenseDetails details) {

    /** Whether the expense is {@code user}'s: they logged it, or they paid and are owed it. */
    public boolean belongsTo(UserId user) {
      return loggedBy.equals(user) || user.equals(details.member());
    }
  }
}
