package app.jobmate.commands.expenses;

import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.ADMIN;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.APPROVED;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.EXPENSE;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.NOW;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.OWNER;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.PRIYA_STAFF;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.SAMS;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.SAM_STAFF;
import static app.jobmate.commands.expenses.ExpenseLifeCycleTest.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.expenses.ExpenseCommand.AttachReceipt;
import app.jobmate.commands.expenses.ExpenseCommand.GrantReceiptUpload;
import app.jobmate.events.Actor;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached;
import app.jobmate.events.expenses.ReceiptKey;
import app.jobmate.events.expenses.ReceiptType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given events, when a receipt command, then events or a rejection: who adds a receipt, and when. */
class ExpenseReceiptRulesTest {

  private static final ReceiptKey KEY = ReceiptKey.parse("receipts/t-acme/" + EXPENSE + "/0193b2a0-4444-7abc-8def-0123456789ab");
  private final ExpenseDecider decider = ExpenseDecider.INSTANCE;

  private ExpenseState given(ExpenseEvent... events) {
    ExpenseState state = decider.initialState();
    for (ExpenseEvent e : events) {
      state = decider.evolve(state, e);
    }
    return state;
  }

  private static AttachReceipt attach(Actor actor) {
    return new AttachReceipt(EXPENSE, KEY, ReceiptType.PDF, 48_213, NOW, actor);
  }

  @Test
  void the_person_who_logged_it_attaches_a_receipt_to_their_draft_or_submitted_expense() {
    assertThat(decider.decide(attach(SAM_STAFF), given(SAMS))).containsExactly(
        new ExpenseReceiptAttached(EXPENSE, KEY, ReceiptType.PDF, 48_213, SAM_STAFF.userId(), NOW));
    assertThat(decider.decide(attach(SAM_STAFF), given(SAMS, SUBMITTED))).hasSize(1);
    assertThat(decider.decide(new GrantReceiptUpload(EXPENSE, SAM_STAFF), given(SAMS, SUBMITTED))).isEmpty();
  }

  @Test
  void staff_cannot_add_one_once_it_is_judged_but_owners_and_admins_can() {
    Rejection rejection = catchThrowableOfType(Rejection.class, () -> decider.decide(attach(SAM_STAFF),
        given(SAMS, SUBMITTED, APPROVED)));

    assertThat(rejection.code()).isEqualTo("expense.receipt-closed");
    assertThat(decider.decide(attach(OWNER), given(SAMS, SUBMITTED, APPROVED))).hasSize(1);
    assertThat(decider.decide(attach(ADMIN), given(SAMS, SUBMITTED, APPROVED))).hasSize(1);
  }

  @Test
  void another_member_of_staff_and_an_expense_that_does_not_exist_are_not_found() {
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(attach(PRIYA_STAFF), given(SAMS))).code())
        .isEqualTo("expense.not-found");
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(attach(OWNER), given())).code())
        .isEqualTo("expense.not-found");
    assertThat(catchThrowableOfType(Rejection.class, () -> decider.decide(new GrantReceiptUpload(EXPENSE, PRIYA_STAFF),
        given(SAMS))).code()).isEqualTo("expense.not-found");
  }

  @Test
  void a_receipt_changes_nothing_else_of_the_expense_and_a_second_replaces_the_first() {
    ExpenseState before = given(SAMS, SUBMITTED);
    ExpenseState after = decider.evolve(before, new ExpenseReceiptAttached(EXPENSE, KEY, ReceiptType.PDF, 1, OWNER.userId(), NOW));

    assertThat(after).isEqualTo(before);
    assertThat(decider.decide(attach(SAM_STAFF), after)).hasSize(1);
    assertThat(List.of(ReceiptType.values())).hasSize(4);
  }
}
