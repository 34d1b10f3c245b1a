package app.jobmate.notifications.expenses;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.expenses.ExpenseEvent;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseApproved;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseChanged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseLogged;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseRefused;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseReimbursed;
import app.jobmate.events.expenses.ExpenseEvent.ExpenseSubmitted;
import app.jobmate.events.expenses.ExpenseId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.NoticeRules;
import app.jobmate.notifications.recipients.Notice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expenses: owners and admins hear when one is submitted (with its gross); the people it belongs to
 * (whoever logged it, the member owed it) hear when it is approved or refused, without money (nobody
 * takes that step on their own expense). Of several steps within one coalescing window, each audience
 * hears the latest of its kind. Logging, changing and reimbursing tell nobody.
 */
public final class ExpenseRecipients implements NoticeRules<ExpenseEvent, ExpenseSummary> {

  @Override
  public Class<ExpenseEvent> eventType() {
    return ExpenseEvent.class;
  }

  @Override
  public ExpenseSummary empty(StreamId subject) {
    return ExpenseSummary.empty(ExpenseId.of(subject.streamId()));
  }

  @Override
  public ExpenseSummary apply(ExpenseSummary summary, EventEnvelope envelope, ExpenseEvent event) {
    return summary.apply(envelope.version(), event);
  }

  @Override
  public List<Notice> notices(Changes<ExpenseEvent, ExpenseSummary> changes) {
    ExpenseSummary expense = changes.after();
    Optional<ExpenseMessage> submission = Optional.empty();
    Optional<ExpenseMessage> decision = Optional.empty();
    for (Changes.Change<ExpenseEvent> change : changes.events()) {
      EventEnvelope envelope = change.envelope();
      switch (change.event()) {
        case ExpenseSubmitted e -> submission = Optional.of(ExpenseMessage.submitted(expense, envelope));
        case ExpenseApproved e -> decision = Optional.of(ExpenseMessage.approved(expense, envelope));
        case ExpenseRefused e -> decision = Optional.of(ExpenseMessage.refused(expense, e.reason(), envelope));
        case ExpenseLogged e -> {
        }
        case ExpenseChanged e -> {
        }
        case ExpenseReimbursed e -> {
        }
        case ExpenseEvent.ExpenseReceiptAttached e -> {
        }
      }
    }
    List<Notice> notices = new ArrayList<>();
    submission.ifPresent(message -> notices.add(new Notice(Audience.OFFICE, message)));
    decision.ifPresent(message -> {
      for (UserId person : peopleOf(expense)) {
        notices.add(new Notice(new Audience.Person(person), message));
      }
    });
    return List.copyOf(notices);
  }

  private static Set<UserId> peopleOf(ExpenseSummary expense) {
    Set<UserId> people = new LinkedHashSet<>();
    if (expense.loggedBy() != null) {
      people.add(expense.loggedBy());
    }
    if (expense.member() != null) {
      people.add(expense.member());
    }
    return people;
  }
}
