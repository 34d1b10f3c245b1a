package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.NOW;
import static app.jobmate.commands.tasks.TaskSpec.OWNER;
import static app.jobmate.commands.tasks.TaskSpec.PRIYA;
import static app.jobmate.commands.tasks.TaskSpec.SAM;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.after;
import static app.jobmate.commands.tasks.TaskSpec.assignedTo;
import static app.jobmate.commands.tasks.TaskSpec.created;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.given;
import static app.jobmate.commands.tasks.TaskSpec.samsTask;
import static app.jobmate.commands.tasks.TaskSpec.stateAfter;
import static app.jobmate.commands.tasks.TaskSpec.taskAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.tasks.TaskCommand.AssignTask;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssigningATaskTest {

  @Test
  void a_task_no_one_has_is_assigned() {
    var history = List.<TaskEvent>of(created());

    assertThat(decide(history, new AssignTask(TASK, SAM, OWNER))).containsExactly(assignedTo(SAM));
    assertThat(taskAfter(given(history, assignedTo(SAM))).assignee()).isEqualTo(SAM);
  }

  @Test
  void assigning_a_task_to_the_person_who_has_it_records_nothing() {
    assertThat(decide(samsTask(), new AssignTask(TASK, SAM, OWNER))).isEmpty();
  }

  @Test
  void giving_a_task_to_someone_else_moves_it_from_one_to_the_other() {
    assertThat(decide(samsTask(), new AssignTask(TASK, PRIYA, OWNER))).containsExactly(new TaskReassigned(TASK, SAM, PRIYA));
    assertThat(taskAfter(given(samsTask(), new TaskReassigned(TASK, SAM, PRIYA))).assignee()).isEqualTo(PRIYA);
  }

  @Test
  void unassigning_leaves_the_task_with_no_one() {
    assertThat(decide(samsTask(), new AssignTask(TASK, null, OWNER))).containsExactly(new TaskUnassigned(TASK, SAM));
    assertThat(taskAfter(given(samsTask(), new TaskUnassigned(TASK, SAM))).assignee()).isNull();
  }

  @Test
  void unassigning_a_task_no_one_has_records_nothing() {
    assertThat(decide(List.of(created()), new AssignTask(TASK, null, OWNER))).isEmpty();
  }

  @Test
  void a_task_unassigned_then_given_to_someone_is_assigned_not_reassigned() {
    var history = given(samsTask(), new TaskUnassigned(TASK, SAM));

    assertThat(decide(history, new AssignTask(TASK, PRIYA, OWNER))).containsExactly(assignedTo(PRIYA));
  }

  @Test
  void a_task_in_progress_stays_in_progress_when_it_moves_to_someone_else() {
    var started = given(samsTask(), new TaskStarted(TASK, NOW));
    var moved = after(started, new AssignTask(TASK, PRIYA, OWNER));

    assertThat(stateAfter(moved)).isInstanceOf(TaskState.InProgress.class);
    assertThat(taskAfter(moved).assignee()).isEqualTo(PRIYA);
  }
}
