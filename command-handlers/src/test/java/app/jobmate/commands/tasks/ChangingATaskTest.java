package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.ADMIN;
import static app.jobmate.commands.tasks.TaskSpec.DETAILS;
import static app.jobmate.commands.tasks.TaskSpec.NOW;
import static app.jobmate.commands.tasks.TaskSpec.SAM;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.after;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.given;
import static app.jobmate.commands.tasks.TaskSpec.samsTask;
import static app.jobmate.commands.tasks.TaskSpec.stateAfter;
import static app.jobmate.commands.tasks.TaskSpec.taskAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.tasks.TaskCommand.ChangeTask;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskPriority;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangingATaskTest {

  private final TaskDetails urgentWithoutJob = new TaskDetails("Fit the new boiler and controls", null, null,
      LocalDate.of(2026, 12, 4), TaskPriority.URGENT);

  @Test
  void details_are_replaced_whole_and_cleared_details_stay_cleared() {
    assertThat(decide(samsTask(), new ChangeTask(TASK, urgentWithoutJob, ADMIN))).containsExactly(
        new TaskChanged(TASK, "Fit the new boiler and controls", null, null, LocalDate.of(2026, 12, 4), TaskPriority.URGENT));

    TaskState.Task changed = taskAfter(given(samsTask(), new TaskChanged(TASK, "Fit the new boiler and controls", null, null,
        LocalDate.of(2026, 12, 4), TaskPriority.URGENT)));
    assertThat(changed.details()).isEqualTo(urgentWithoutJob);
    assertThat(changed.assignee()).as("a change leaves who has it alone").isEqualTo(SAM);
    assertThat(changed.checklist()).as("and the checklist").hasSize(2);
  }

  @Test
  void details_that_did_not_change_record_nothing() {
    assertThat(decide(samsTask(), new ChangeTask(TASK, DETAILS, ADMIN))).isEmpty();
  }

  @Test
  void a_blank_description_is_no_description_so_clearing_it_twice_records_once() {
    TaskDetails withoutDescription = new TaskDetails(DETAILS.title(), null, DETAILS.jobId(), DETAILS.dueDate(),
        DETAILS.priority());
    TaskDetails blankDescription = new TaskDetails(DETAILS.title(), " ", DETAILS.jobId(), DETAILS.dueDate(),
        DETAILS.priority());
    var cleared = after(samsTask(), new ChangeTask(TASK, withoutDescription, ADMIN));

    assertThat(decide(cleared, new ChangeTask(TASK, blankDescription, ADMIN))).isEmpty();
  }

  @Test
  void a_task_in_progress_can_still_be_changed_and_stays_in_progress() {
    var started = given(samsTask(), new TaskStarted(TASK, NOW));
    var changed = after(started, new ChangeTask(TASK, urgentWithoutJob, ADMIN));

    assertThat(stateAfter(changed)).isInstanceOf(TaskState.InProgress.class);
    assertThat(taskAfter(changed).details()).isEqualTo(urgentWithoutJob);
  }
}
