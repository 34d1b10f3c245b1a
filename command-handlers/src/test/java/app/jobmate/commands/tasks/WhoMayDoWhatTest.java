package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.ADMIN;
import static app.jobmate.commands.tasks.TaskSpec.BENCHMARK;
import static app.jobmate.commands.tasks.TaskSpec.ISOLATE;
import static app.jobmate.commands.tasks.TaskSpec.NOW;
import static app.jobmate.commands.tasks.TaskSpec.OWNER;
import static app.jobmate.commands.tasks.TaskSpec.PRIYA;
import static app.jobmate.commands.tasks.TaskSpec.PRIYA_STAFF;
import static app.jobmate.commands.tasks.TaskSpec.SAM;
import static app.jobmate.commands.tasks.TaskSpec.SAM_STAFF;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.create;
import static app.jobmate.commands.tasks.TaskSpec.created;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.everyCommandOnTheTaskBy;
import static app.jobmate.commands.tasks.TaskSpec.given;
import static app.jobmate.commands.tasks.TaskSpec.named;
import static app.jobmate.commands.tasks.TaskSpec.rejected;
import static app.jobmate.commands.tasks.TaskSpec.samsTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.AddChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.AssignTask;
import app.jobmate.commands.tasks.TaskCommand.CancelTask;
import app.jobmate.commands.tasks.TaskCommand.ChangeTask;
import app.jobmate.commands.tasks.TaskCommand.CompleteTask;
import app.jobmate.commands.tasks.TaskCommand.RemoveChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.StartTask;
import app.jobmate.commands.tasks.TaskCommand.TickChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.UntickChecklistItem;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskPriority;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/business-rules.md, roles: owners and admins do everything with tasks; staff read and update the ones assigned to them. */
class WhoMayDoWhatTest {

  @Nested
  class Owners_and_admins {

    static Stream<Named<TaskCommand>> everyCommandByAnOwnerOrAdmin() {
      return Stream.concat(named(everyCommandOnTheTaskBy(OWNER)), named(everyCommandOnTheTaskBy(ADMIN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByAnOwnerOrAdmin")
    void may_do_anything_to_any_task(TaskCommand command) {
      var ticked = given(samsTask(), new TaskChecklistItemTicked(TASK, ISOLATE.itemId()));

      assertThatCode(() -> decide(ticked, command)).doesNotThrowAnyException();
    }

    @Test
    void may_create_tasks() {
      assertThat(decide(List.of(), create(OWNER))).hasSize(1);
      assertThat(decide(List.of(), create(ADMIN))).hasSize(1);
    }

    @Test
    void who_are_staff_as_well_are_not_held_to_the_staff_rules() {
      Actor ownerWhoWorksTheJobsToo = new Actor(PRIYA, List.of(Role.STAFF, Role.OWNER));

      assertThat(decide(samsTask(), new CancelTask(TASK, NOW, null, ownerWhoWorksTheJobsToo))).hasSize(1);
    }
  }

  @Nested
  class Staff_on_a_task_assigned_to_them {

    @Test
    void may_start_it() {
      assertThat(decide(samsTask(), new StartTask(TASK, NOW, SAM_STAFF))).containsExactly(new TaskStarted(TASK, NOW));
    }

    @Test
    void may_complete_it() {
      assertThat(decide(samsTask(), new CompleteTask(TASK, NOW, SAM_STAFF))).containsExactly(new TaskCompleted(TASK, NOW));
    }

    @Test
    void may_tick_and_untick_its_checklist() {
      var ticked = given(samsTask(), new TaskChecklistItemTicked(TASK, ISOLATE.itemId()));

      assertThat(decide(samsTask(), new TickChecklistItem(TASK, ISOLATE.itemId(), SAM_STAFF))).hasSize(1);
      assertThat(decide(ticked, new UntickChecklistItem(TASK, ISOLATE.itemId(), SAM_STAFF))).hasSize(1);
    }

    static Stream<Named<TaskCommand>> whatOnlyOwnersAndAdminsMayDo() {
      return named(Stream.of(
          new ChangeTask(TASK, new TaskDetails("Fit it tomorrow", null, null, null, TaskPriority.LOW),
              SAM_STAFF),
          new AssignTask(TASK, PRIYA, SAM_STAFF),
          new AssignTask(TASK, null, SAM_STAFF),
          new AssignTask(TASK, SAM, SAM_STAFF),
          new AddChecklistItem(TASK, BENCHMARK.itemId(), "Make the tea", SAM_STAFF),
          new RemoveChecklistItem(TASK, ISOLATE.itemId(), SAM_STAFF),
          new CancelTask(TASK, NOW, "Not my kind of job", SAM_STAFF)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatOnlyOwnersAndAdminsMayDo")
    void may_not_change_assign_add_to_remove_from_or_cancel_it(TaskCommand command) {
      Rejection rejection = rejected(samsTask(), command);

      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(rejection.code()).isEqualTo("task.forbidden");
    }
  }

  @Nested
  class Staff_on_a_task_not_assigned_to_them {

    static Stream<Named<TaskCommand>> everyCommandByPriya() {
      return named(everyCommandOnTheTaskBy(PRIYA_STAFF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByPriya")
    void cannot_see_someone_elses_task(TaskCommand command) {
      assertNotFound(rejected(samsTask(), command));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByPriya")
    void cannot_see_a_task_no_one_has(TaskCommand command) {
      assertNotFound(rejected(List.of(created(ISOLATE)), command));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByPriya")
    void are_told_the_same_about_a_task_that_does_not_exist(TaskCommand command) {
      assertNotFound(rejected(List.of(), command));
    }

    @Test
    void lose_sight_of_a_task_moved_to_someone_else() {
      var moved = given(samsTask(), new TaskReassigned(TASK, SAM, PRIYA));

      assertNotFound(rejected(moved, new StartTask(TASK, NOW, SAM_STAFF)));
      assertThat(decide(moved, new StartTask(TASK, NOW, PRIYA_STAFF))).hasSize(1);
    }

    private static void assertNotFound(Rejection rejection) {
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
      assertThat(rejection.code()).isEqualTo("task.not-found");
    }
  }

  @Nested
  class Staff_creating_a_task {

    @Test
    void is_forbidden() {
      Rejection rejection = rejected(List.of(), create(SAM_STAFF));

      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(rejection.code()).isEqualTo("task.forbidden");
    }
  }

  @Nested
  class Someone_with_no_role {

    @Test
    void is_held_to_the_staff_rules() {
      Actor noRole = new Actor(SAM, List.of());

      assertThat(decide(samsTask(), new StartTask(TASK, NOW, noRole))).hasSize(1);
      assertThat(rejected(samsTask(), new CancelTask(TASK, NOW, null, noRole)).kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(rejected(List.<TaskEvent>of(created()), new StartTask(TASK, NOW, noRole)).kind())
          .isEqualTo(Rejection.Kind.NOT_FOUND);
    }
  }
}
