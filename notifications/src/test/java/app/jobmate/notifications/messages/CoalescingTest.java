package app.jobmate.notifications.messages;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteViewed;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.messages.TaskMessage.Kind;
import app.jobmate.notifications.summaries.QuoteSummary;
import app.jobmate.notifications.summaries.TaskSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescingTest {

  private final TaskSummary task = TaskSummary.empty(TASK).apply(1, taskCreated()).apply(2, new TaskAssigned(TASK, ALICE))
      .apply(3, new TaskChecklistItemTicked(TASK, ISOLATE)).apply(4, new TaskStarted(TASK, TestEvents.NOW));

  @Test
  void several_changes_to_a_task_become_one_message_saying_what_happened_last() {
    ClientMessage one = Coalescing.coalesce(List.of(message(Kind.CHECKLIST_CHANGED, 3), message(Kind.STARTED, 4)));

    assertThat(one.type()).isEqualTo("task.started");
    assertThat(one.version()).isEqualTo(4);
    assertThat(((TaskMessage) one).checklist()).extracting(TaskMessage.Item::done).containsExactly(true, false);
  }

  @Test
  void a_task_assigned_and_then_changed_in_the_window_is_still_new_to_its_assignee() {
    ClientMessage one = Coalescing.coalesce(List.of(message(Kind.ASSIGNED, 2), message(Kind.CHECKLIST_CHANGED, 3),
        message(Kind.STARTED, 4)));

    assertThat(one.type()).isEqualTo("task.assigned");
    assertThat(((TaskMessage) one).status()).isNotNull();
    assertThat(((TaskMessage) one).at()).isEqualTo(TestEvents.NOW.plusSeconds(4));
  }

  @Test
  void a_task_given_and_taken_away_in_the_window_is_removed() {
    ClientMessage one = Coalescing.coalesce(List.of(message(Kind.ASSIGNED, 2), message(Kind.REMOVED, 3)));

    assertThat(one.type()).isEqualTo("task.removed");
    assertThat(((TaskMessage) one).checklist()).isNull();
  }

  @Test
  void a_task_taken_away_and_given_back_in_the_window_is_assigned() {
    ClientMessage one = Coalescing.coalesce(List.of(message(Kind.REMOVED, 2), message(Kind.ASSIGNED, 3)));

    assertThat(one.type()).isEqualTo("task.assigned");
  }

  @Test
  void the_latest_answer_to_a_quote_wins() {
    QuoteSummary quote = QuoteSummary.empty(TestEvents.QUOTE);
    EventEnvelope viewed = TestEvents.quote(5, new QuoteViewed(TestEvents.QUOTE, TestEvents.NOW)).envelope();
    EventEnvelope declined = TestEvents.quote(6, new QuoteDeclined(TestEvents.QUOTE, TestEvents.NOW,
        DeclineReason.TIMING, null)).envelope();

    ClientMessage one = Coalescing.coalesce(List.of(QuoteMessage.viewed(quote, viewed),
        QuoteMessage.declined(quote, DeclineReason.TIMING, null, declined)));

    assertThat(one.type()).isEqualTo("quote.declined");
    assertThat(one.version()).isEqualTo(6);
  }

  private TaskMessage message(Kind kind, long version) {
    TaskEvent event = switch (kind) {
      case ASSIGNED -> new TaskAssigned(TASK, ALICE);
      case REMOVED -> new TaskReassigned(TASK, ALICE, BOB);
      case STARTED -> new TaskStarted(TASK, TestEvents.NOW);
      case COMPLETED -> new TaskCompleted(TASK, TestEvents.NOW);
      default -> new TaskChecklistItemTicked(TASK, ISOLATE);
    };
    return TaskMessage.of(kind, task, TestEvents.task(version, event).envelope());
  }
}
