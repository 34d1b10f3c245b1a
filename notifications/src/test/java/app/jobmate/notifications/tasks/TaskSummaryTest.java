package app.jobmate.notifications.tasks;

import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.REFILL;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemRemoved;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemUnticked;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.notifications.TestEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskSummaryTest {

  private static final ChecklistItemId TEST_RUN = ChecklistItemId.of("0193a5b2-7c41-7d2e-9f3a-0000000000a3");

  /** A task's life: created, assigned, changed, its checklist worked through, reassigned, started. */
  private static final List<TaskEvent> LIFE = List.of(
      taskCreated(),
      new TaskAssigned(TASK, ALICE),
      new TaskChanged(TASK, "Service the boiler and flue", null, null, LocalDate.parse("2026-11-28"), TaskPriority.URGENT),
      new TaskChecklistItemTicked(TASK, ISOLATE),
      new TaskChecklistItemAdded(TASK, new ChecklistItem(TEST_RUN, "Test run", false)),
      new TaskChecklistItemRemoved(TASK, REFILL),
      new TaskChecklistItemUnticked(TASK, ISOLATE),
      new TaskReassigned(TASK, ALICE, BOB),
      new TaskStarted(TASK, TestEvents.NOW));

  @Test
  void a_task_summary_holds_the_latest_details_assignee_status_and_checklist() {
    TaskSummary summary = fold(LIFE, order(LIFE.size()));

    assertThat(summary.version()).isEqualTo(9);
    assertThat(summary.details().title()).isEqualTo("Service the boiler and flue");
    assertThat(summary.details().description()).isNull();
    assertThat(summary.details().priority()).isEqualTo(TaskPriority.URGENT);
    assertThat(summary.assignee()).isEqualTo(BOB);
    assertThat(summary.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(summary.shownChecklist()).extracting(TaskSummary.ChecklistEntry::text, TaskSummary.ChecklistEntry::done)
        .containsExactly(tuple("Isolate the gas", false),
            tuple("Test run", false));
  }

  @Test
  void the_order_events_arrive_in_does_not_matter() {
    TaskSummary inOrder = fold(LIFE, order(LIFE.size()));
    Set<TaskSummary> outcomes = new HashSet<>();
    // every rotation and its reverse: each event arrives first, last, and everywhere between
    for (int shift = 0; shift < LIFE.size(); shift++) {
      List<Integer> rotated = new ArrayList<>();
      for (int i = 0; i < LIFE.size(); i++) {
        rotated.add((i + shift) % LIFE.size());
      }
      outcomes.add(fold(LIFE, rotated));
      outcomes.add(fold(LIFE, rotated.reversed()));
    }

    assertThat(outcomes).containsOnly(inOrder);
  }

  @Test
  void an_event_delivered_twice_changes_nothing_the_second_time() {
    TaskSummary once = fold(LIFE, order(LIFE.size()));
    List<Integer> twice = new ArrayList<>(order(LIFE.size()));
    twice.addAll(order(LIFE.size()));

    assertThat(fold(LIFE, twice)).isEqualTo(once);
    assertThat(once.apply(2, LIFE.get(1))).isEqualTo(once);
  }

  @Test
  void unassigning_leaves_the_task_with_nobody() {
    TaskSummary summary = TaskSummary.empty(TASK).apply(1, taskCreated()).apply(2, new TaskAssigned(TASK, ALICE))
        .apply(3, new TaskUnassigned(TASK, ALICE));

    assertThat(summary.assignee()).isNull();
    assertThat(summary.assigneeVersion()).isEqualTo(3);
  }

  @Test
  void an_item_ticked_before_its_addition_arrives_shows_ticked_once_it_does() {
    TaskSummary summary = TaskSummary.empty(TASK)
        .apply(6, new TaskChecklistItemTicked(TASK, TEST_RUN))
        .apply(5, new TaskChecklistItemAdded(TASK, new ChecklistItem(TEST_RUN, "Test run", false)));

    assertThat(summary.shownChecklist()).singleElement()
        .satisfies(item -> assertThat(item.done()).isTrue());
  }

  private static List<Integer> order(int size) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    return order;
  }

  private static TaskSummary fold(List<TaskEvent> events, List<Integer> order) {
    TaskSummary summary = TaskSummary.empty(TASK);
    for (int i : order) {
      summary = summary.apply(i + 1, events.get(i));
    }
    return summary;
  }
}
