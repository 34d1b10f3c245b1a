package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.ADMIN;
import static app.jobmate.commands.tasks.TaskSpec.BENCHMARK;
import static app.jobmate.commands.tasks.TaskSpec.FLUE;
import static app.jobmate.commands.tasks.TaskSpec.ISOLATE;
import static app.jobmate.commands.tasks.TaskSpec.NOW;
import static app.jobmate.commands.tasks.TaskSpec.OWNER;
import static app.jobmate.commands.tasks.TaskSpec.SAM;
import static app.jobmate.commands.tasks.TaskSpec.SAM_STAFF;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.after;
import static app.jobmate.commands.tasks.TaskSpec.assignedTo;
import static app.jobmate.commands.tasks.TaskSpec.created;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.given;
import static app.jobmate.commands.tasks.TaskSpec.item;
import static app.jobmate.commands.tasks.TaskSpec.itemId;
import static app.jobmate.commands.tasks.TaskSpec.rejected;
import static app.jobmate.commands.tasks.TaskSpec.samsTask;
import static app.jobmate.commands.tasks.TaskSpec.stateAfter;
import static app.jobmate.commands.tasks.TaskSpec.taskAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.AddChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.RemoveChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.TickChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.UntickChecklistItem;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemRemoved;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemUnticked;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeepingTheChecklistTest {

  private static final TickChecklistItem TICK_ISOLATE = new TickChecklistItem(TASK, ISOLATE.itemId(), SAM_STAFF);
  private static final UntickChecklistItem UNTICK_ISOLATE = new UntickChecklistItem(TASK, ISOLATE.itemId(), SAM_STAFF);

  @Test
  void an_item_is_added_at_the_end_not_yet_done() {
    var history = samsTask();

    assertThat(decide(history, new AddChecklistItem(TASK, BENCHMARK.itemId(), BENCHMARK.text(), ADMIN)))
        .containsExactly(new TaskChecklistItemAdded(TASK, BENCHMARK));
    assertThat(taskAfter(given(history, new TaskChecklistItemAdded(TASK, BENCHMARK))).checklist())
        .containsExactly(ISOLATE, FLUE, BENCHMARK);
  }

  @Test
  void an_item_id_already_on_the_checklist_cannot_be_added_again() {
    Rejection rejection = rejected(samsTask(), new AddChecklistItem(TASK, FLUE.itemId(), "Something else", ADMIN));

    assertThat(rejection.code()).isEqualTo("task.checklist-item-exists");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void the_101st_item_is_refused() {
    List<ChecklistItem> hundred = IntStream.range(0, 100).mapToObj(i -> item(Integer.toHexString(i), "Item " + i)).toList();
    var full = List.<TaskEvent>of(created(hundred.toArray(ChecklistItem[]::new)));

    Rejection rejection = rejected(full, new AddChecklistItem(TASK, itemId("fff"), "One more", OWNER));

    assertThat(rejection.code()).isEqualTo("task.checklist-full");
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
  }

  @Test
  void ticking_an_item_marks_it_done_and_leaves_the_others_alone() {
    assertThat(decide(samsTask(), TICK_ISOLATE)).containsExactly(new TaskChecklistItemTicked(TASK, ISOLATE.itemId()));
    assertThat(taskAfter(after(samsTask(), TICK_ISOLATE)).checklist()).containsExactly(
        new ChecklistItem(ISOLATE.itemId(), ISOLATE.text(), true), FLUE);
  }

  @Test
  void ticking_an_item_already_ticked_records_nothing() {
    assertThat(decide(after(samsTask(), TICK_ISOLATE), TICK_ISOLATE)).isEmpty();
  }

  @Test
  void unticking_a_ticked_item_makes_it_to_do_again() {
    var ticked = after(samsTask(), TICK_ISOLATE);

    assertThat(decide(ticked, UNTICK_ISOLATE)).containsExactly(new TaskChecklistItemUnticked(TASK, ISOLATE.itemId()));
    assertThat(taskAfter(after(ticked, UNTICK_ISOLATE)).checklist()).containsExactly(ISOLATE, FLUE);
  }

  @Test
  void unticking_an_item_not_ticked_records_nothing() {
    assertThat(decide(samsTask(), UNTICK_ISOLATE)).isEmpty();
  }

  @Test
  void an_item_is_removed() {
    assertThat(decide(samsTask(), new RemoveChecklistItem(TASK, ISOLATE.itemId(), OWNER)))
        .containsExactly(new TaskChecklistItemRemoved(TASK, ISOLATE.itemId()));
    assertThat(taskAfter(given(samsTask(), new TaskChecklistItemRemoved(TASK, ISOLATE.itemId()))).checklist())
        .containsExactly(FLUE);
  }

  @Test
  void an_item_not_on_the_checklist_is_not_found() {
    var unknown = itemId("404");

    for (TaskCommand command : List.of(new TickChecklistItem(TASK, unknown, SAM_STAFF),
        new UntickChecklistItem(TASK, unknown, SAM_STAFF), new RemoveChecklistItem(TASK, unknown, OWNER))) {
      Rejection rejection = rejected(samsTask(), command);
      assertThat(rejection.code()).isEqualTo("task.checklist-item-not-found");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
  }

  @Test
  void a_removed_item_is_gone_for_ticking_too() {
    var removed = given(samsTask(), new TaskChecklistItemRemoved(TASK, ISOLATE.itemId()));

    assertThat(rejected(removed, TICK_ISOLATE).code()).isEqualTo("task.checklist-item-not-found");
  }

  @Test
  void the_checklist_is_kept_while_the_task_is_in_progress() {
    var started = given(samsTask(), new TaskStarted(TASK, NOW));

    assertThat(stateAfter(after(started, TICK_ISOLATE))).isInstanceOf(TaskState.InProgress.class);
  }

  @Test
  void a_task_given_to_someone_after_it_was_created_keeps_its_checklist() {
    var history = List.<TaskEvent>of(created(ISOLATE), assignedTo(SAM));

    assertThat(taskAfter(history).checklist()).containsExactly(ISOLATE);
  }
}
