package app.jobmate.commands.expenses;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expenses.ExpenseCommand.ApproveExpense;
import app.jobmate.commands.expenses.ExpenseCommand.AttachReceipt;
import app.jobmate.commands.expenses.ExpenseCommand.ChangeExpense;
import app.jobmate.commands.expenses.ExpenseCommand.ChangeMileageClaim;
import app.jobmate.commands.expenses.ExpenseCommand.GrantReceiptUpload;
import app.jobmate.commands.expenses.ExpenseCommand.LogExpense;
import app.jobmate.commands.expenses.ExpenseCommand.RefuseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.ReimburseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.SubmitExpense;
import app.jobmate.commands.expenses.ExpenseState.Approved;
import app.jobmate.commands.expenses.ExpenseState.Draft;
import app.jobmate.commands.expenses.ExpenseState.Existing;
import app.jobmate.commands.expenses.ExpenseState.Expense;
import app.jobmate.commands.expenses.ExpenseState.None;
import app.jobmate.commands.expenses.ExpenseState.Refused;
import app.jobmate.commands.expenses.ExpenseState.Reimbursed;
import app.jobmate.commands.expenses.ExpenseState.Submitted;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.PaidBy;
import java.util.List;

/**
 * The rules of an expense (docs/business-rules.md, expenses and roles), as a pure decider. Anyone with
 * a role logs expenses. Staff see and act on only their own (logged by them, or paid by them): any other
 * is not found; they change and submit their drafts, and may not approve, refuse or reimburse. Owners
 * and admins do anything to any expense except approve or refuse one of their own.
 */
public final class ExpenseDecider implements Decider<ExpenseCommand, ExpenseState, ExpenseEvent> {

  public static final ExpenseDecider INSTANCE = new ExpenseDecider();

  private ExpenseDecider() {
  }

  @Override
  public ExpenseState initialState() {
    return new None();
  }

  @Override
  public Class<ExpenseEvent> eventType() {
    return ExpenseEvent.class;
  }

  @Override
  public List<ExpenseEvent> decide(ExpenseCommand command, ExpenseState state) {
    authorize(command, state);
    if (state instanceof None && !(command instanceof LogExpense)) {
      throw notFound(command.expenseId());
    }
    return switch (command) {
      case LogExpense c when state instanceof None -> {
        ExpenseDetails d = c.details();
        yield List.of(new ExpenseLogged(c.expenseId(), c.actor().userId(), d.date(), d.supplier(), d.description(),
            d.category(), d.amounts(), d.paidBy(), d.member(), d.jobId(), d.mileage()));
      }
      case LogExpense c -> throw Rejection.conflict("expense.already-exists", "expense " + c.expenseId()
          + " already exists");

      case ChangeExpense c when state instanceof Draft d && isMileage(d.expense()) -> throw mileageNotChanged(c);
      case ChangeExpense c when state instanceof Draft d -> d.expense().details().equals(c.details()) ? List.of()
          : List.of(changed(c.expenseId(), c.details()));
      case ChangeExpense c -> throw notDraft(c, state);

      case ChangeMileageClaim c when state instanceof Draft d && isMileage(d.expense()) ->
          d.expense().details().equals(c.details()) ? List.of() : List.of(changed(c.expenseId(), c.details()));
      case ChangeMileageClaim c when state instanceof Draft -> throw Rejection.conflict("expense.not-a-mileage-claim",
          "expense " + c.expenseId() + " is not a mileage claim: change it with PUT /expenses/" + c.expenseId());
      case ChangeMileageClaim c -> throw notDraft(c, state);

      case SubmitExpense c when state instanceof Draft -> List.of(new ExpenseSubmitted(c.expenseId(), c.at()));
      case SubmitExpense c -> throw notDraft(c, state);

      case ApproveExpense c when state instanceof Submitted -> List.of(new ExpenseApproved(c.expenseId(),
          c.actor().userId(), c.at()));
      case ApproveExpense c -> throw notSubmitted(c, state);

      case RefuseExpense c when state instanceof Submitted -> List.of(new ExpenseRefused(c.expenseId(),
          c.actor().userId(), c.at(), c.reason()));
      case RefuseExpense c -> throw notSubmitted(c, state);

      case ReimburseExpense c when state instanceof Approved a -> reimburse(c, a.expense());
      case ReimburseExpense c -> throw Rejection.conflict("expense.not-approved", "expense " + c.expenseId() + " is "
          + stateName(state) + "; only an approved expense is reimbursed");

      case GrantReceiptUpload c -> {
        receiptsOpen(c.actor(), state);
        yield List.of();
      }
      case AttachReceipt c -> {
        receiptsOpen(c.actor(), state);
        yield List.of(new ExpenseReceiptAttached(c.expenseId(), c.key(), c.contentType(), c.size(), c.actor().userId(),
            c.at()));
      }
    };
  }

  @Override
  public ExpenseState evolve(ExpenseState state, ExpenseEvent event) {
    return switch (event) {
      case ExpenseLogged e -> {
        expect(None.class, state, e);
        yield new Draft(new Expense(e.loggedBy(), new ExpenseDetails(e.date(), e.supplier(), e.description(),
            e.category(), e.amounts(), e.paidBy(), e.member(), e.jobId(), e.mileage())));
      }
      case ExpenseChanged e -> new Draft(new Expense(expect(Draft.class, state, e).expense().loggedBy(),
          new ExpenseDetails(e.date(), e.supplier(), e.description(), e.category(), e.amounts(), e.paidBy(),
              e.member(), e.jobId(), e.mileage())));
      case ExpenseSubmitted e -> new Submitted(expect(Draft.class, state, e).expense());
      case ExpenseApproved e -> new Approved(expect(Submitted.class, state, e).expense());
      case ExpenseRefused e -> new Refused(expect(Submitted.class, state, e).expense());
      case ExpenseReimbursed e -> new Reimbursed(expect(Approved.class, state, e).expense());
      case ExpenseReceiptAttached e -> expect(Existing.class, state, e);
    };
  }

  /**
   * Who may do what (docs/business-rules.md, roles). Staff get 404 for an expense that is not theirs,
   * so that they cannot learn whether it exists, and 403 for what they may not do to their own. Nobody
   * approves or refuses their own expense.
   */
  private static void authorize(ExpenseCommand command, ExpenseState state) {
    Actor actor = command.actor();
    boolean manager = actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN);
    boolean theirs = state instanceof Existing e && e.expense().belongsTo(actor.userId());
    if (!manager && !actor.roles().contains(Role.STAFF)) {
      throw Rejection.forbidden("expense.forbidden", "only members of the team work on expenses");
    }
    if (!manager && !(command instanceof LogExpense) && !theirs) {
      throw notFound(command.expenseId());
    }
    boolean judging = switch (command) {
      case ApproveExpense c -> true;
      case RefuseExpense c -> true;
      case LogExpense c -> false;
      case ChangeExpense c -> false;
      case ChangeMileageClaim c -> false;
      case SubmitExpense c -> false;
      case ReimburseExpense c -> false;
      case GrantReceiptUpload c -> false;
      case AttachReceipt c -> false;
    };
    boolean managing = judging || command instanceof ReimburseExpense;
    if (managing && !manager) {
      throw Rejection.forbidden("expense.forbidden", "only an owner or admin approves, refuses or reimburses "
          + "expenses");
    }
    if (judging && theirs) {
      throw Rejection.forbidden("expense.own-expense", "nobody approves or refuses their own expense; ask another "
          + "owner or admin");
    }
  }

  /**
   * Who adds a receipt, and when (docs/business-rules.md, receipts): owners and admins to any expense
   * whatever its state (they keep the books); staff to their own while it is a draft or submitted,
   * not once it has been judged.
   */
  private static void receiptsOpen(Actor actor, ExpenseState state) {
    boolean manager = actor.roles().contains(Role.OWNER) || actor.roles().contains(Role.ADMIN);
    if (!manager && !(state instanceof Draft || state instanceof Submitted)) {
      throw Rejection.conflict("expense.receipt-closed", "expense is " + stateName(state) + "; staff add a receipt "
          + "while it is a draft or submitted; ask an owner or admin");
    }
  }

  private static List<ExpenseEvent> reimburse(ReimburseExpense c, Expense expense) {
    if (expense.details().paidBy() != PaidBy.MEMBER) {
      throw Rejection.unprocessable("expense.not-reimbursable", "expense " + c.expenseId()
          + " was paid by the company; only an expense a member paid is reimbursed");
    }
    return List.of(new ExpenseReimbursed(c.expenseId(), expense.details().member(),
        expense.details().amounts().gross(), c.at()));
  }

  private static ExpenseChanged changed(ExpenseId expenseId, ExpenseDetails d) {
    return new ExpenseChanged(expenseId, d.date(), d.supplier(), d.description(), d.category(), d.amounts(),
        d.paidBy(), d.member(), d.jobId(), d.mileage());
  }

  private static boolean isMileage(Expense expense) {
    return expense.details().mileage() != null;
  }

  /** A mileage claim's miles are counted in the driver's year: its details are not replaced as a plain expense's. */
  private static Rejection mileageNotChanged(ChangeExpense c) {
    return Rejection.conflict("expense.mileage-not-changed", "expense " + c.expenseId() + " is a mileage claim: "
        + "change its journeys with PUT /expenses/" + c.expenseId() + "/mileage, which prices them again");
  }

  static Rejection notFound(ExpenseId expenseId) {
    return Rejection.notFound("expense.not-found", "there is no expense " + expenseId);
  }

  private static Rejection notDraft(ExpenseCommand command, ExpenseState state) {
    return Rejection.conflict("expense.not-draft", "expense " + command.expenseId() + " is " + stateName(state)
        + "; only a draft is changed or submitted");
  }

  private static Rejection notSubmitted(ExpenseCommand command, ExpenseState state) {
    return Rejection.conflict("expense.not-submitted", "expense " + command.expenseId() + " is " + stateName(state)
        + "; only a submitted expense is approved or refused");
  }

  static String stateName(ExpenseState state) {
    return switch (state) {
      case None n -> "not logged";
      case Draft d -> "a draft";
      case Submitted s -> "submitted";
      case Approved a -> "approved";
      case Refused r -> "refused";
      case Reimbursed r -> "reimbursed";
    };
  }

  private static <T> T expect(Class<T> type, ExpenseState state, ExpenseEvent event) {
    if (!type.isInstance(state)) {
      throw new IllegalStateException(event.getClass().getSimpleName() + " cannot follow an expense that is "
          + stateName(state));
    }
    return type.cast(state);
  }
}
