package app.jobmate.notifications.tasks.due;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.ISOLATE;
import static app.jobmate.notifications.TestEvents.NOW;
import static app.jobmate.notifications.TestEvents.TASK;
import static app.jobmate.notifications.TestEvents.taskCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where a task belongs in the due-date index, folded from its stream. */
class TaskDueDatesTest {

  private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
  private static final StreamId REF = TaskStreams.of(ACME, TASK);

  @Test
  void an_open_task_with_an_assignee_and_a_due_date_is_listed_under_that_date_for_its_assignee() {
    DuePlacement placement = fold(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(placement.listed()).contains(new DueTask(REF, FRIDAY, ALICE, 2));
    assertThat(placement.unlisted()).isEmpty();
  }

  @Test
  void a_task_nobody_has_is_not_listed_until_someone_does() {
    assertThat(fold(taskCreated()).listed()).isEmpty();
    assertThat(fold(taskCreated(), new TaskAssigned(TASK, ALICE), new TaskUnassigned(TASK, ALICE)).listed()).isEmpty();
    assertThat(fold(taskCreated(), new TaskAssigned(TASK, ALICE), new TaskUnassigned(TASK, ALICE)).unlisted())
        .containsExactly(FRIDAY);
  }

  @Test
  void a_reassigned_task_is_listed_for_its_new_assignee() {
    assertThat(fold(taskCreated(), new TaskAssigned(TASK, ALICE), new TaskReassigned(TASK, ALICE, BOB)).listed())
        .contains(new DueTask(REF, FRIDAY, BOB, 3));
  }

  @Test
  void a_re_dated_task_moves_and_is_taken_off_every_date_it_had() {
    DuePlacement placement = fold(taskCreated(), new TaskAssigned(TASK, ALICE), changedDueOn(MONDAY),
        changedDueOn(LocalDate.parse("2026-12-01")), changedDueOn(MONDAY));

    assertThat(placement.listed()).contains(new DueTask(REF, MONDAY, ALICE, 5));
    assertThat(placement.unlisted()).containsExactlyInAnyOrder(FRIDAY, LocalDate.parse("2026-12-01"));
  }

  @Test
  void a_task_whose_due_date_is_cleared_is_taken_off_it() {
    DuePlacement placement = fold(taskCreated(), new TaskAssigned(TASK, ALICE), changedDueOn(null));

    assertThat(placement.listed()).isEmpty();
    assertThat(placement.unlisted()).containsExactly(FRIDAY);
  }

  @Test
  void a_task_in_progress_stays_listed_and_other_changes_keep_it_where_it_is() {
    assertThat(fold(taskCreated(), new TaskAssigned(TASK, ALICE), new TaskStarted(TASK, NOW),
        new TaskChecklistItemTicked(TASK, ISOLATE)).listed()).contains(new DueTask(REF, FRIDAY, ALICE, 4));
  }

  @Test
  void a_finished_or_cancelled_task_is_taken_off_its_date() {
    for (TaskEvent end : List.of(new TaskCompleted(TASK, NOW), new TaskCancelled(TASK, NOW, "no longer needed"))) {
      DuePlacement placement = fold(taskCreated(), new TaskAssigned(TASK, ALICE), end);

      assertThat(placement.listed()).as(end.getClass().getSimpleName()).isEmpty();
      assertThat(placement.unlisted()).containsExactly(FRIDAY);
      assertThat(placement.version()).isEqualTo(3);
    }
  }

  @Test
  void is_due_on_its_date_only_while_it_is_open_and_assigned() {
    TaskDueDates open = dates(taskCreated(), new TaskAssigned(TASK, ALICE));

    assertThat(open.isDueOn(FRIDAY)).isTrue();
    assertThat(open.isDueOn(MONDAY)).isFalse();
    assertThat(open.apply(3, new TaskCompleted(TASK, NOW)).isDueOn(FRIDAY)).isFalse();
    assertThat(TaskDueDates.empty(REF).isDueOn(FRIDAY)).as("a task the store does not hold").isFalse();
  }

  @Test
  void a_placement_needs_an_event_and_cannot_both_list_and_unlist_a_date() {
    assertThatThrownBy(() -> TaskDueDates.empty(REF).placement()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new DuePlacement(REF, 2, FRIDAY, ALICE, Set.of(FRIDAY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DuePlacement(REF, 2, FRIDAY, null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TaskChanged changedDueOn(LocalDate dueDate) {
    return new TaskChanged(TASK, "Service the boiler", null, null, dueDate, TaskPriority.HIGH);
  }

  private static DuePlacement fold(TaskEvent... events) {
    return dates(events).placement();
  }

  private static TaskDueDates dates(TaskEvent... events) {
    TaskDueDates dates = TaskDueDates.empty(REF);
    for (int i = 0; i < events.length; i++) {
      dates = dates.apply(i + 1, events[i]);
    }
    return dates;
  }
}
