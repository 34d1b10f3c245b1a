package app.jobmate.commands.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expenses.ExpenseCommand.ApproveExpense;
import app.jobmate.commands.expenses.ExpenseCommand.ChangeExpense;
import app.jobmate.commands.expenses.ExpenseCommand.LogExpense;
import app.jobmate.commands.expenses.ExpenseCommand.RefuseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.ReimburseExpense;
import app.jobmate.commands.expenses.ExpenseCommand.SubmitExpense;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.expenses.AmountEntered;
import app.jobmate.events.expenses.ExpenseCategory;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.expenses.ExpensePricing;
import app.jobmate.events.expenses.PaidBy;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events or a rejection: the expense decider in the business's words. */
class ExpenseLifeCycleTest {

  static final ExpenseId EXPENSE = ExpenseId.of("0193b2a0-1111-7abc-8def-0123456789ab");
  static final Instant NOW = Instant.parse("2026-12-03T08:05:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 11, 30);
  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");
  static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  static final Actor ADMIN = new Actor(UserId.of("7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918"), List.of(Role.ADMIN));
  static final Actor SAM_STAFF = new Actor(SAM, List.of(Role.STAFF));
  static final Actor PRIYA_STAFF = new Actor(PRIYA, List.of(Role.STAFF));

  static final ExpenseDetails PAID_BY_SAM = new ExpenseDetails(DAY, "City Plumbing Supplies", "Copper pipe",
      ExpenseCategory.MATERIALS, ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(5_400), DAY),
      PaidBy.MEMBER, SAM, null);
  static final ExpenseDetails PAID_BY_COMPANY = new ExpenseDetails(DAY, "Screwfix", null, ExpenseCategory.TOOLS,
      ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(2_000), DAY), PaidBy.COMPANY, null, null);

  private final ExpenseDecider decider = ExpenseDecider.INSTANCE;

  private ExpenseState given(ExpenseEvent... events) {
    ExpenseState state = decider.initialState();
    for (ExpenseEvent e : events) {
      state = decider.evolve(state, e);
    }
    return state;
  }

  private Rejection refused(ExpenseCommand command, ExpenseEvent... events) {
    return catchThrowableOfType(Rejection.class, () -> decider.decide(command, given(events)));
  }

  static ExpenseLogged loggedBy(Actor actor, ExpenseDetails d) {
    return new ExpenseLogged(EXPENSE, actor.userId(), d.date(), d.supplier(), d.description(), d.category(),
        d.amounts(), d.paidBy(), d.member(), d.jobId());
  }

  static final ExpenseLogged SAMS = loggedBy(SAM_STAFF, PAID_BY_SAM);
  static final ExpenseSubmitted SUBMITTED = new ExpenseSubmitted(EXPENSE, NOW);
  static final ExpenseApproved APPROVED = new ExpenseApproved(EXPENSE, OWNER.userId(), NOW);

  @Nested
  class Logging_and_changing_a_draft {

    @Test
    void a_member_of_staff_logs_an_expense_they_paid_as_a_draft_of_theirs() {
      List<ExpenseEvent> events = decider.decide(new LogExpense(EXPENSE, PAID_BY_SAM, SAM_STAFF), given());

      assertThat(events).containsExactly(SAMS);
    }

    @Test
    void an_expense_is_logged_once() {
      assertThat(refused(new LogExpense(EXPENSE, PAID_BY_SAM, OWNER), SAMS).code()).isEqualTo("expense.already-exists");
    }

    @Test
    void a_draft_is_changed_whole_and_the_same_details_again_change_nothing() {
      assertThat(decider.decide(new ChangeExpense(EXPENSE, PAID_BY_COMPANY, SAM_STAFF), given(SAMS)))
          .singleElement().isInstanceOf(ExpenseChanged.class);
      assertThat(decider.decide(new ChangeExpense(EXPENSE, PAID_BY_SAM, SAM_STAFF), given(SAMS))).isEmpty();
    }

    @Test
    void a_submitted_expense_no_longer_changes() {
      Rejection r = refused(new ChangeExpense(EXPENSE, PAID_BY_COMPANY, SAM_STAFF), SAMS, SUBMITTED);

      assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(r.code()).isEqualTo("expense.not-draft");
    }
  }

  @Nested
  class Who_sees_and_changes_what {

    @Test
    void staff_cannot_tell_another_s_expense_from_one_that_does_not_exist() {
      Rejection theirs = refused(new SubmitExpense(EXPENSE, NOW, PRIYA_STAFF), SAMS);
      Rejection none = refused(new SubmitExpense(EXPENSE, NOW, PRIYA_STAFF));

      assertThat(theirs.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
      assertThat(theirs.code()).isEqualTo(none.code()).isEqualTo("expense.not-found");
      assertThat(theirs.getMessage()).isEqualTo(none.getMessage());
    }

    @Test
    void staff_may_not_approve_refuse_or_reimburse_even_their_own() {
      assertThat(refused(new ApproveExpense(EXPENSE, NOW, SAM_STAFF), SAMS, SUBMITTED).kind())
          .isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(refused(new RefuseExpense(EXPENSE, NOW, "no", SAM_STAFF), SAMS, SUBMITTED).kind())
          .isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(refused(new ReimburseExpense(EXPENSE, NOW, SAM_STAFF), SAMS, SUBMITTED, APPROVED).kind())
          .isEqualTo(Rejection.Kind.FORBIDDEN);
    }

    @Test
    void an_owner_may_not_approve_or_refuse_an_expense_they_logged_or_paid() {
      ExpenseLogged owners = loggedBy(OWNER, PAID_BY_COMPANY);
      ExpenseLogged paidByAdmin = loggedBy(OWNER, new ExpenseDetails(DAY, "Fuel", null, ExpenseCategory.FUEL,
          PAID_BY_SAM.amounts(), PaidBy.MEMBER, ADMIN.userId(), null));

      assertThat(refused(new ApproveExpense(EXPENSE, NOW, OWNER), owners, SUBMITTED).code())
          .isEqualTo("expense.own-expense");
      assertThat(refused(new RefuseExpense(EXPENSE, NOW, "no", ADMIN), paidByAdmin, SUBMITTED).code())
          .isEqualTo("expense.own-expense");
      assertThat(decider.decide(new ApproveExpense(EXPENSE, NOW, ADMIN), given(owners, SUBMITTED)))
          .containsExactly(new ExpenseApproved(EXPENSE, ADMIN.userId(), NOW));
    }
  }

  @Nested
  class Approval_and_reimbursement {

    @Test
    void a_submitted_expense_is_approved_or_refused_with_a_reason() {
      assertThat(decider.decide(new ApproveExpense(EXPENSE, NOW, OWNER), given(SAMS, SUBMITTED)))
          .containsExactly(APPROVED);
      assertThat(decider.decide(new RefuseExpense(EXPENSE, NOW, "No receipt", OWNER), given(SAMS, SUBMITTED)))
          .containsExactly(new ExpenseRefused(EXPENSE, OWNER.userId(), NOW, "No receipt"));
    }

    @Test
    void a_draft_is_neither_approved_nor_refused_and_a_decision_is_not_taken_twice() {
      assertThat(refused(new ApproveExpense(EXPENSE, NOW, OWNER), SAMS).code()).isEqualTo("expense.not-submitted");
      assertThat(refused(new RefuseExpense(EXPENSE, NOW, "no", OWNER), SAMS, SUBMITTED, APPROVED).code())
          .isEqualTo("expense.not-submitted");
    }

    @Test
    void an_approved_expense_a_member_paid_is_reimbursed_its_gross_to_them() {
      assertThat(decider.decide(new ReimburseExpense(EXPENSE, NOW, OWNER), given(SAMS, SUBMITTED, APPROVED)))
          .containsExactly(new ExpenseReimbursed(EXPENSE, SAM, Money.ofPence(5_400), NOW));
    }

    @Test
    void only_after_approval_and_only_what_a_member_paid_is_reimbursed() {
      assertThat(refused(new ReimburseExpense(EXPENSE, NOW, OWNER), SAMS, SUBMITTED).code())
          .isEqualTo("expense.not-approved");
      Rejection companys = refused(new ReimburseExpense(EXPENSE, NOW, ADMIN), loggedBy(OWNER, PAID_BY_COMPANY),
          SUBMITTED, APPROVED);
      assertThat(companys.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
      assertThat(companys.code()).isEqualTo("expense.not-reimbursable");
      assertThat(refused(new ReimburseExpense(EXPENSE, NOW, OWNER), SAMS, SUBMITTED, APPROVED,
          new ExpenseReimbursed(EXPENSE, SAM, Money.ofPence(5_400), NOW)).code()).isEqualTo("expense.not-approved");
    }
  }
}
