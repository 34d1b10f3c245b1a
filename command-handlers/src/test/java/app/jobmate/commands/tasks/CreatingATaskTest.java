package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.ADMIN;
import static app.jobmate.commands.tasks.TaskSpec.DETAILS;
import static app.jobmate.commands.tasks.TaskSpec.FLUE;
import static app.jobmate.commands.tasks.TaskSpec.ISOLATE;
import static app.jobmate.commands.tasks.TaskSpec.OWNER;
import static app.jobmate.commands.tasks.TaskSpec.SAM;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.assignedTo;
import static app.jobmate.commands.tasks.TaskSpec.create;
import static app.jobmate.commands.tasks.TaskSpec.created;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.item;
import static app.jobmate.commands.tasks.TaskSpec.rejected;
import static app.jobmate.commands.tasks.TaskSpec.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.CreateTask;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskPriority;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CreatingATaskTest {

  @Test
  void a_new_task_is_open_with_its_details_and_checklist_and_no_one_has_it() {
    List<TaskEvent> events = decide(List.of(), create(OWNER));

    assertThat(events).containsExactly(created(ISOLATE, FLUE));
    TaskState state = stateAfter(events);
    assertThat(state).isInstanceOf(TaskState.Open.class);
    assertThat(((TaskState.Open) state).task()).isEqualTo(new TaskState.Task(DETAILS, null, List.of(ISOLATE, FLUE)));
  }

  @Test
  void a_task_given_to_someone_at_once_is_created_then_assigned_in_one_decision() {
    List<TaskEvent> events = decide(List.of(), new CreateTask(TASK, DETAILS, SAM, List.of(ISOLATE), ADMIN));

    assertThat(events).containsExactly(created(ISOLATE), assignedTo(SAM));
    assertThat(((TaskState.Open) stateAfter(events)).task().assignee()).isEqualTo(SAM);
  }

  @Test
  void a_task_needs_no_more_than_a_title_and_a_priority() {
    TaskDetails bare = new TaskDetails("Pick up the flue kit", "  ", null, null, TaskPriority.NORMAL);

    assertThat(decide(List.of(), new CreateTask(TASK, bare, null, List.of(), OWNER))).containsExactly(
        new TaskCreated(TASK, "Pick up the flue kit", null, null, null, TaskPriority.NORMAL, List.of()));
  }

  @Test
  void a_task_id_already_used_is_not_created_again() {
    Rejection rejection = rejected(List.of(created()), create(OWNER));

    assertThat(rejection.code()).isEqualTo("task.already-exists");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void a_checklist_item_id_may_appear_only_once() {
    Rejection rejection = rejected(List.of(), new CreateTask(TASK, DETAILS, null,
        List.of(ISOLATE, new ChecklistItem(ISOLATE.itemId(), "Again", false)), OWNER));

    assertThat(rejection.code()).isEqualTo("task.duplicate-checklist-item");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void a_checklist_holds_at_most_100_items() {
    List<ChecklistItem> hundred = IntStream.range(0, 100).mapToObj(i -> item(Integer.toHexString(i), "Item " + i)).toList();
    List<ChecklistItem> hundredAndOne = IntStream.range(0, 101).mapToObj(i -> item(Integer.toHexString(i), "Item " + i))
        .toList();

    assertThat(decide(List.of(), new CreateTask(TASK, DETAILS, null, hundred, OWNER))).hasSize(1);
    Rejection rejection = rejected(List.of(), new CreateTask(TASK, DETAILS, null, hundredAndOne, OWNER));
    assertThat(rejection.code()).isEqualTo("task.checklist-full");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }
}
