package app.jobmate.projections.expenses;

import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.PaidBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An expense as its page and the expense list show it (collection {@code expense}, one per expense):
 * the purchase, its amounts in pence exact as logged, who paid and who is owed it, the job, its status
 * and who did each step when.
 *
 * <p>{@code people} (whoever logged it and the member owed it) is derived and always recomputed here:
 * it is what "an expense of this person" selects on, for staff (only their own) and for the list's
 * {@code member} filter.
 *
 * @param member    the member who paid and is owed the gross; absent when the company paid
 * @param updatedAt the time of the expense's last event
 * @param mileage   a mileage expense's claim: its journeys and its parts per tax year as priced; absent otherwise
 * @param receipt   the receipt attached last, if any (its bytes stay in the receipts bucket)
 */
public record Expense(LocalDate date, String supplier, String description, ExpenseCategory category,
                      Amounts amounts, PaidBy paidBy, String member, String jobId, ExpenseStatus status,
                      String loggedBy, Instant loggedAt, Instant submittedAt, String approvedBy, Instant approvedAt,
                      String refusedBy, Instant refusedAt, String refusalReason, Instant reimbursedAt,
                      Long reimbursedAmount, Instant updatedAt, Mileage mileage, List<String> people, Receipt receipt) {

  public Expense {
    people = member == null || member.equals(loggedBy) ? List.of(loggedBy) : List.of(loggedBy, member);
  }

  /** Whether the expense is {@code user}'s: they logged it, or they paid and are owed it. */
  public boolean belongsTo(String user) {
    return people.contains(user);
  }

  /** The money in pence, with the VAT code, the rate on the expense's date and which amount was entered. */
  public record Amounts(String vatCode, BigDecimal ratePercent, long net, long vat, long gross,
                        long reverseChargeVat, String entered) {
  }

  /** A mileage claim as logged: the vehicle, the passengers, the journeys and the parts per tax year as priced. */
  public record Mileage(String vehicle, int passengers, List<Journey> journeys, List<Part> parts) {
  }

  public record Journey(LocalDate date, String from, String to, String purpose, int miles) {
  }

  /** A tax year's part ({@code 2026-27}): miles at the first rate, after the 10,000, passenger miles, pence. */
  public record Part(String taxYear, int cheapMiles, int dearMiles, int passengerMiles, long pence) {
  }

  /** The receipt: where it is kept, what its first bytes showed it to be, its size, who attached it and when. */
  public record Receipt(String key, String contentType, long size, String attachedBy, Instant attachedAt) {
  }
}
