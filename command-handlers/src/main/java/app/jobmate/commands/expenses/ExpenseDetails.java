package app.jobmate.commands.expenses;

import app.jobmate.events.expenses.ExpenseAmounts;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.MileageClaim;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;

/**
 * What an expense says: the purchase, its amounts exact to the penny, who paid (and, when a member
 * did, who is owed it) and the job it was for. A blank description is none, as on the wire. A mileage
 * expense also says its claim (journeys and priced parts), and its amounts are the claim's.
 */
public record ExpenseDetails(LocalDate date, String supplier, String description, ExpenseCategory category,
                             ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId, MileageClaim mileage) {

  public ExpenseDetails {
    Require.present(date, "date");
    supplier = Require.text(supplier, ExpenseEvent.MAX_SUPPLIER, "supplier");
    description = Require.optionalText(description, ExpenseEvent.MAX_DESCRIPTION, "description");
    Require.present(category, "category");
    Require.present(amounts, "amounts");
    Require.present(paidBy, "paidBy");
    if ((paidBy == PaidBy.MEMBER) != (member != null)) {
      throw new IllegalArgumentException("member is required exactly when a member paid");
    }
    // the mileage category without a claim is a request the service refuses with 422, naming the category
    ExpenseEvent.requireMileage(category, amounts, paidBy, mileage);
  }

  /** The details of an expense that is not a mileage claim. */
  public ExpenseDetails(LocalDate date, String supplier, String description, ExpenseCategory category,
                        ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId) {
    this(date, supplier, description, category, amounts, paidBy, member, jobId, null);
  }
}
