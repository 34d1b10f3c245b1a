package app.jobmate.commands.expenses;

import app.jobmate.events.Actor;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import app.jobmate.events.values.Require;
import java.time.Instant;

/**
 * What people ask of an expense. Each command carries its {@link Actor}, because who may do what
 * depends on the expense: staff work only on their own. The time arrives on the command.
 */
public sealed interface ExpenseCommand {

  ExpenseId expenseId();

  Actor actor();

  /** A new draft, logged by the actor. */
  record LogExpense(ExpenseId expenseId, ExpenseDetails details, Actor actor) implements ExpenseCommand {
    public LogExpense {
      Require.present(details, "details");
    }
  }

  /** Replaces a draft's details whole. */
  record ChangeExpense(ExpenseId expenseId, ExpenseDetails details, Actor actor) implements ExpenseCommand {
    public ChangeExpense {
      Require.present(details, "details");
    }
  }

  /**
   * Replaces a draft mileage claim's details whole with the claim priced again by its counts
   * ({@link MileageClaims#change}); a plain expense is changed by {@link ChangeExpense}.
   */
  record ChangeMileageClaim(ExpenseId expenseId, ExpenseDetails details, Actor actor) implements ExpenseCommand {
    public ChangeMileageClaim {
      Require.present(details, "details");
    }
  }

  record SubmitExpense(ExpenseId expenseId, Instant at, Actor actor) implements ExpenseCommand {}

  record ApproveExpense(ExpenseId expenseId, Instant at, Actor actor) implements ExpenseCommand {}

  record RefuseExpense(ExpenseId expenseId, Instant at, String reason, Actor actor) implements ExpenseCommand {
    public RefuseExpense {
      reason = Require.text(reason, ExpenseEvent.MAX_REASON, "reason");
    }
  }

  record ReimburseExpense(ExpenseId expenseId, Instant at, Actor actor) implements ExpenseCommand {}

  /**
   * Asks to upload a receipt for the expense: decides nothing, but is refused as attaching would be
   * (docs/business-rules.md, receipts), before any upload is granted.
   */
  record GrantReceiptUpload(ExpenseId expenseId, Actor actor) implements ExpenseCommand {}

  /**
   * Attaches the receipt uploaded to {@code key}, which its first bytes showed to be {@code contentType}
   * (the function looked at the object before asking); replaces any receipt before it.
   */
  record AttachReceipt(ExpenseId expenseId, ReceiptKey key, ReceiptType contentType, long size, Instant at, Actor actor)
      implements ExpenseCommand {
    public AttachReceipt {
      Require.present(key, "key");
      Require.present(contentType, "contentType");
    }
  }
}
