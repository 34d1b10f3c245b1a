package app.jobmate.events.expenses;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What happens to an expense (docs/business-rules.md, expenses): Draft -> Submitted -> Approved |
 * Refused, and an approved expense paid by a member -> Reimbursed. Optional fields are absent on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ExpenseEvent extends DomainEvent {

  int MAX_SUPPLIER = 200;
  int MAX_DESCRIPTION = 2_000;
  int MAX_REASON = 2_000;
  LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  ExpenseId expenseId();

  /**
   * A new draft expense, logged by {@code loggedBy}; {@code member} is whom it is owed to when a member paid.
   * A mileage expense carries its claim ({@code mileage}: journeys and priced parts).
   */
  record ExpenseLogged(ExpenseId expenseId, UserId loggedBy, LocalDate date, String supplier, String description,
                       ExpenseCategory category, ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId,
                       MileageClaim mileage)
      implements ExpenseEvent {
    public ExpenseLogged {
      Require.present(expenseId, "expenseId");
      Require.present(loggedBy, "loggedBy");
      date = validDate(date);
      supplier = Require.text(supplier, MAX_SUPPLIER, "supplier");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      Require.present(category, "category");
      Require.present(amounts, "amounts");
      requirePayer(paidBy, member);
      requireMileage(category, amounts, paidBy, mileage);
    }

    /** An expense that is not a mileage claim. */
    public ExpenseLogged(ExpenseId expenseId, UserId loggedBy, LocalDate date, String supplier, String description,
                         ExpenseCategory category, ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId) {
      this(expenseId, loggedBy, date, supplier, description, category, amounts, paidBy, member, jobId, null);
    }
  }

  /**
   * The draft's details after the change, whole: an absent optional field was cleared. A mileage
   * claim's change carries the claim again ({@code mileage}: journeys and the parts its counts priced);
   * a plain expense's has none.
   */
  record ExpenseChanged(ExpenseId expenseId, LocalDate date, String supplier, String description,
                        ExpenseCategory category, ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId,
                        MileageClaim mileage)
      implements ExpenseEvent {
    public ExpenseChanged {
      Require.present(expenseId, "expenseId");
      date = validDate(date);
      supplier = Require.text(supplier, MAX_SUPPLIER, "supplier");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      Require.present(category, "category");
      Require.present(amounts, "amounts");
      requirePayer(paidBy, member);
      requireMileage(category, amounts, paidBy, mileage);
    }

    /** A change of an expense that is not a mileage claim. */
    public ExpenseChanged(ExpenseId expenseId, LocalDate date, String supplier, String description,
                          ExpenseCategory category, ExpenseAmounts amounts, PaidBy paidBy, UserId member, JobId jobId) {
      this(expenseId, date, supplier, description, category, amounts, paidBy, member, jobId, null);
    }
  }

  record ExpenseSubmitted(ExpenseId expenseId, Instant submittedAt) implements ExpenseEvent {
    public ExpenseSubmitted {
      Require.present(expenseId, "expenseId");
      Require.present(submittedAt, "submittedAt");
    }
  }

  record ExpenseApproved(ExpenseId expenseId, UserId approvedBy, Instant approvedAt) implements ExpenseEvent {
    public ExpenseApproved {
      Require.present(expenseId, "expenseId");
      Require.present(approvedBy, "approvedBy");
      Require.present(approvedAt, "approvedAt");
    }
  }

  record ExpenseRefused(ExpenseId expenseId, UserId refusedBy, Instant refusedAt, String reason)
      implements ExpenseEvent {
    public ExpenseRefused {
      Require.present(expenseId, "expenseId");
      Require.present(refusedBy, "refusedBy");
      Require.present(refusedAt, "refusedAt");
      reason = Require.text(reason, MAX_REASON, "reason");
    }
  }

  /** The member who paid was paid back the gross. */
  record ExpenseReimbursed(ExpenseId expenseId, UserId member, Money amount,
                           Instant reimbursedAt) implements ExpenseEvent {
    public ExpenseReimbursed {
      Require.present(expenseId, "expenseId");
      Require.present(member, "member");
      Require.present(amount, "amount");
      Require.present(reimbursedAt, "reimbursedAt");
      if (amount.isNegative()) {
        throw new IllegalArgumentException("amount must not be negative");
      }
    }
  }

  private static LocalDate validDate(LocalDate date) {
    Require.present(date, "date");
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new IllegalArgumentException("date must be from " + EARLIEST_DATE + " to " + LATEST_DATE);
    }
    return date;
  }

  /**
   * A mileage claim is the mileage category's, paid back to the member who drove, outside the scope of
   * VAT (a mileage allowance carries none), and its amount is what its parts are worth. (The command
   * side logs the mileage category only with a claim; the event does not insist, so that a consumer
   * reads whatever was published before claims existed.)
   */
  static void requireMileage(ExpenseCategory category, ExpenseAmounts amounts, PaidBy paidBy, MileageClaim mileage) {
    if (mileage != null && category != ExpenseCategory.MILEAGE) {
      throw new IllegalArgumentException("a mileage claim is an expense of the category mileage");
    }
    if (mileage != null && (paidBy != PaidBy.MEMBER || amounts.vatCode() != VatCode.OUTSIDE_SCOPE
        || amounts.gross().pence() != mileage.pence())) {
      throw new IllegalArgumentException("a mileage claim is paid by the member, outside the scope of VAT, "
          + "its gross the pence of its parts");
    }
  }

  private static void requirePayer(PaidBy paidBy, UserId member) {
    Require.present(paidBy, "paidBy");
    if (paidBy == PaidBy.COMPANY && member != null) {
      throw new IllegalArgumentException("member is only for an expense a member paid");
    }
  }

  /**
   * A receipt was attached to the expense: an object under the expense's prefix in the receipts bucket,
   * whose first bytes showed it to be a JPEG, PNG, HEIC or PDF. Replaces any earlier receipt.
   */
  record ExpenseReceiptAttached(ExpenseId expenseId, ReceiptKey key, ReceiptType contentType, long size,
                                UserId attachedBy, Instant attachedAt) implements ExpenseEvent {
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    public ExpenseReceiptAttached {
      Require.present(expenseId, "expenseId");
      Require.present(key, "key");
      Require.present(contentType, "contentType");
      Require.present(attachedBy, "attachedBy");
      Require.present(attachedAt, "attachedAt");
      if (!key.expense().equals(expenseId)) {
        throw new IllegalArgumentException("key: a receipt of another expense");
      }
      if (size < 1 || size > MAX_SIZE) {
        throw new IllegalArgumentException("size: a receipt is 1 byte to 10 MB");
      }
    }
  }
}
