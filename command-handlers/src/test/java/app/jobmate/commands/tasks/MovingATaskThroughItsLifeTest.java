package app.jobmate.commands.tasks;

import static app.jobmate.commands.tasks.TaskSpec.NOW;
import static app.jobmate.commands.tasks.TaskSpec.OWNER;
import static app.jobmate.commands.tasks.TaskSpec.SAM_STAFF;
import static app.jobmate.commands.tasks.TaskSpec.TASK;
import static app.jobmate.commands.tasks.TaskSpec.decide;
import static app.jobmate.commands.tasks.TaskSpec.everyCommandOnTheTaskBy;
import static app.jobmate.commands.tasks.TaskSpec.given;
import static app.jobmate.commands.tasks.TaskSpec.named;
import static app.jobmate.commands.tasks.TaskSpec.rejected;
import static app.jobmate.commands.tasks.TaskSpec.samsTask;
import static app.jobmate.commands.tasks.TaskSpec.stateAfter;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.CancelTask;
import app.jobmate.commands.tasks.TaskCommand.CompleteTask;
import app.jobmate.commands.tasks.TaskCommand.StartTask;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MovingATaskThroughItsLifeTest {

  private static final Instant LATER = NOW.plusSeconds(6 * 3600);

  private static List<TaskEvent> started() {
    return given(samsTask(), new TaskStarted(TASK, NOW));
  }

  @Nested
  class Starting {

    @Test
    void an_open_task_is_started_at_the_time_on_the_command() {
      assertThat(decide(samsTask(), new StartTask(TASK, NOW, SAM_STAFF))).containsExactly(new TaskStarted(TASK, NOW));
      assertThat(stateAfter(started())).isInstanceOf(TaskState.InProgress.class);
    }

    @Test
    void a_task_in_progress_is_not_started_again() {
      Rejection rejection = rejected(started(), new StartTask(TASK, LATER, SAM_STAFF));

      assertThat(rejection.code()).isEqualTo("task.not-open");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    }
  }

  @Nested
  class Completing {

    @Test
    void a_task_in_progress_is_done() {
      var events = decide(started(), new CompleteTask(TASK, LATER, SAM_STAFF));

      assertThat(events).containsExactly(new TaskCompleted(TASK, LATER));
      assertThat(stateAfter(given(started(), events.toArray(TaskEvent[]::new)))).isInstanceOf(TaskState.Done.class);
    }

    @Test
    void an_open_task_can_be_done_without_being_started() {
      assertThat(decide(samsTask(), new CompleteTask(TASK, LATER, SAM_STAFF)))
          .containsExactly(new TaskCompleted(TASK, LATER));
    }
  }

  @Nested
  class Cancelling {

    @Test
    void an_open_task_is_cancelled_with_its_reason() {
      var events = decide(samsTask(), new CancelTask(TASK, LATER, "Customer put the work off", OWNER));

      assertThat(events).containsExactly(new TaskCancelled(TASK, LATER, "Customer put the work off"));
      assertThat(stateAfter(given(samsTask(), events.toArray(TaskEvent[]::new))))
          .isInstanceOf(TaskState.Cancelled.class);
    }

    @Test
    void a_task_in_progress_is_cancelled_without_a_reason() {
      assertThat(decide(started(), new CancelTask(TASK, LATER, " ", OWNER)))
          .containsExactly(new TaskCancelled(TASK, LATER, null));
    }
  }

  @Nested
  class Finished_tasks_are_final {

    static Stream<Named<TaskCommand>> everyCommandByTheOwner() {
      return named(everyCommandOnTheTaskBy(OWNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByTheOwner")
    void nothing_changes_a_done_task(TaskCommand command) {
      Rejection rejection = rejected(given(started(), new TaskCompleted(TASK, LATER)), command);

      assertThat(rejection.code()).isEqualTo("task.finished");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.CONFLICT);
      assertThat(rejection.getMessage()).contains("done");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByTheOwner")
    void nothing_changes_a_cancelled_task(TaskCommand command) {
      Rejection rejection = rejected(given(samsTask(), new TaskCancelled(TASK, LATER, null)), command);

      assertThat(rejection.code()).isEqualTo("task.finished");
      assertThat(rejection.getMessage()).contains("cancelled");
    }

    @Test
    void not_even_for_the_person_who_did_it() {
      var done = given(started(), new TaskCompleted(TASK, LATER));

      assertThat(rejected(done, new CompleteTask(TASK, LATER, SAM_STAFF)).code()).isEqualTo("task.finished");
      assertThat(rejected(done, new StartTask(TASK, LATER, SAM_STAFF)).code()).isEqualTo("task.finished");
    }
  }

  @Nested
  class A_task_that_does_not_exist {

    static Stream<Named<TaskCommand>> everyCommandByTheOwner() {
      return named(everyCommandOnTheTaskBy(OWNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandByTheOwner")
    void is_not_found(TaskCommand command) {
      Rejection rejection = rejected(List.of(), command);

      assertThat(rejection.code()).isEqualTo("task.not-found");
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
  }
}
