package app.jobmate.notifications.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
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
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given what people were told of an expense, when more happens within one window, who is told what. */
class ExpenseRecipientsTest {

  private static final ExpenseId EXPENSE = ExpenseId.of("0193b2a0-1111-7abc-8def-0123456789ab");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final UserId SAM = TestEvents.ALICE;

  private final ExpenseRecipients rules = new ExpenseRecipients();
  private final List<Changes.Change<ExpenseEvent>> history = new ArrayList<>();

  private static ExpenseLogged logged(UserId by, UserId member) {
    return new ExpenseLogged(EXPENSE, by, DAY, "City Plumbing", null, ExpenseCategory.MATERIALS,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.GROSS, Money.ofPence(5_400), DAY),
        member == null ? PaidBy.COMPANY : PaidBy.MEMBER, member, null);
  }

  private void given(UserId actor, Role role, ExpenseEvent... events) {
    for (ExpenseEvent event : events) {
      history.add(change(actor, role, event));
    }
  }

  private Changes.Change<ExpenseEvent> change(UserId actor, Role role, ExpenseEvent event) {
    EventEnvelope envelope = TestEvents.envelope(TestEvents.ACME, history.size() + 1, event, actor, role);
    return new Changes.Change<>(envelope, (ExpenseEvent) EventCodec.standard().decode(envelope));
  }

  /** What the events after the history tell, the history having been told. */
  private List<Notice> when(UserId actor, Role role, ExpenseEvent... events) {
    ExpenseSummary before = rules.empty(new StreamId(TestEvents.ACME, "expense", EXPENSE.toString()));
    for (Changes.Change<ExpenseEvent> c : history) {
      before = rules.apply(before, c.envelope(), c.event());
    }
    long told = history.size();
    ExpenseSummary after = before;
    List<Changes.Change<ExpenseEvent>> fresh = new ArrayList<>();
    for (ExpenseEvent event : events) {
      Changes.Change<ExpenseEvent> c = change(actor, role, event);
      history.add(c);
      fresh.add(c);
      after = rules.apply(after, c.envelope(), c.event());
    }
    return rules.notices(new Changes<>(told, before, after, fresh));
  }

  @Test
  void a_submission_tells_owners_and_admins_the_supplier_and_gross() {
    given(SAM, Role.STAFF, logged(SAM, SAM));

    List<Notice> notices = when(SAM, Role.STAFF, new ExpenseSubmitted(EXPENSE, TestEvents.NOW));

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.audience()).isEqualTo(Audience.OFFICE);
      ExpenseMessage m = (ExpenseMessage) n.message();
      assertThat(m.type()).isEqualTo("expense.submitted");
      assertThat(m.supplier()).isEqualTo("City Plumbing");
      assertThat(m.gross()).isEqualTo(Money.ofPence(5_400));
      assertThat(m.showsPrices()).isTrue();
    });
  }

  @Test
  void an_approval_tells_whoever_logged_it_and_the_member_owed_it_without_money() {
    given(TestEvents.OWNER, Role.OWNER, logged(TestEvents.BOB, SAM), new ExpenseSubmitted(EXPENSE, TestEvents.NOW));

    List<Notice> notices = when(TestEvents.OWNER, Role.OWNER,
        new ExpenseApproved(EXPENSE, TestEvents.OWNER, TestEvents.NOW));

    assertThat(notices).extracting(Notice::audience).containsExactlyInAnyOrder(new Audience.Person(TestEvents.BOB),
        new Audience.Person(SAM));
    assertThat(notices).allSatisfy(n -> {
      assertThat(n.message().type()).isEqualTo("expense.approved");
      assertThat(n.message().showsPrices()).isFalse();
    });
  }

  @Test
  void a_refusal_tells_its_reason_and_of_a_submission_and_refusal_in_one_window_each_audience_hears_its_own() {
    given(SAM, Role.STAFF, logged(SAM, null));

    List<Notice> notices = when(TestEvents.OWNER, Role.OWNER, new ExpenseSubmitted(EXPENSE, TestEvents.NOW),
        new ExpenseRefused(EXPENSE, TestEvents.OWNER, TestEvents.NOW, "No receipt"));

    assertThat(notices).hasSize(2);
    assertThat(notices).filteredOn(n -> n.audience().equals(new Audience.Person(SAM))).singleElement()
        .satisfies(n -> assertThat(((ExpenseMessage) n.message()).reason()).isEqualTo("No receipt"));
    assertThat(notices).filteredOn(n -> n.audience().equals(Audience.OFFICE)).singleElement()
        .satisfies(n -> assertThat(n.message().type()).isEqualTo("expense.submitted"));
  }

  @Test
  void logging_changing_and_reimbursing_tell_nobody() {
    given(SAM, Role.STAFF, logged(SAM, SAM));
    assertThat(when(SAM, Role.STAFF, new ExpenseChanged(EXPENSE, DAY, "Screwfix", null, ExpenseCategory.TOOLS,
        ExpensePricing.of(VatCode.STANDARD, AmountEntered.NET, Money.ofPence(100), DAY), PaidBy.MEMBER, SAM, null)))
        .isEmpty();
    assertThat(when(TestEvents.OWNER, Role.OWNER, new ExpenseReimbursed(EXPENSE, SAM, Money.ofPence(120),
        TestEvents.NOW))).isEmpty();
    assertThat(new ExpenseNotifications().notNotified()).containsExactlyInAnyOrder(ExpenseLogged.class,
        ExpenseChanged.class, ExpenseReimbursed.class, app.jobmate.events.expenses.ExpenseEvent.ExpenseReceiptAttached.class);
  }

  @Test
  void a_decision_is_written_with_its_type_first_its_reason_and_no_money() {
    given(SAM, Role.STAFF, logged(SAM, SAM), new ExpenseSubmitted(EXPENSE, TestEvents.NOW));
    Notice refusal = when(TestEvents.OWNER, Role.OWNER,
        new ExpenseRefused(EXPENSE, TestEvents.OWNER, TestEvents.NOW, "No receipt")).getFirst();

    String json = app.jobmate.notifications.messages.MessageJson.write(refusal.message());

    assertThat(json).startsWith("{\"type\":\"expense.refused\",\"expenseId\":\"" + EXPENSE + "\"")
        .contains("\"supplier\":\"City Plumbing\"", "\"reason\":\"No receipt\"", "\"version\":3")
        .doesNotContain("gross", "5400");
  }
}
