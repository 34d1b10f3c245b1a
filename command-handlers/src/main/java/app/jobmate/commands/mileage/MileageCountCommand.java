package app.jobmate.commands.mileage;

import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.mileage.MileageEvent;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;

/** What is asked of a person's mileage count in a tax year: count an expense's car or van miles, or release them. */
public sealed interface MileageCountCommand {

  ExpenseId expenseId();

  UserId member();

  /** Counts {@code miles} for the expense (again, at the new number, if it had counted other miles). */
  record CountMiles(ExpenseId expenseId, UserId member, int miles) implements MileageCountCommand {
    public CountMiles {
      Require.present(expenseId, "expenseId");
      Require.present(member, "member");
      if (miles < 1 || miles > MileageEvent.MAX_MILES) {
        throw new IllegalArgumentException("miles must be 1 to " + MileageEvent.MAX_MILES);
      }
    }
  }

  /** Takes back whatever the expense counted. */
  record ReleaseMiles(ExpenseId expenseId, UserId member) implements MileageCountCommand {
    public ReleaseMiles {
      Require.present(expenseId, "expenseId");
      Require.present(member, "member");
    }
  }
}
