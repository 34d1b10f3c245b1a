package app.jobmate.commands.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.tasks.TaskCommand.AddChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.AssignTask;
import app.jobmate.commands.tasks.TaskCommand.CancelTask;
import app.jobmate.commands.tasks.TaskCommand.ChangeTask;
import app.jobmate.commands.tasks.TaskCommand.CompleteTask;
import app.jobmate.commands.tasks.TaskCommand.CreateTask;
import app.jobmate.commands.tasks.TaskCommand.RemoveChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.StartTask;
import app.jobmate.commands.tasks.TaskCommand.TickChecklistItem;
import app.jobmate.commands.tasks.TaskCommand.UntickChecklistItem;
import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/** Given events, when a command, then events or a rejection: the task decider in the business's words. */
final class TaskSpec {

  static final TaskId TASK = TaskId.of("0193b1d0-5e6f-7a80-9b1c-2d3e4f5a6b7c");
  static final JobId JOB = JobId.of("0193b0c4-3333-7abc-8def-0123456789ab");
  static final Instant NOW = Instant.parse("2026-12-03T08:05:00Z");
  static final TaskDetails DETAILS = new TaskDetails("Fit the new combi boiler at 14 Elm Road",
      "Old boiler out first; the new one goes in the same cupboard.", JOB, LocalDate.of(2026, 12, 3), TaskPriority.HIGH);

  static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");

  static final Actor OWNER = new Actor(UserId.of("6b2f1e0d-9c8b-4a7f-8e6d-5c4b3a291807"), List.of(Role.OWNER));
  static final Actor ADMIN = new Actor(UserId.of("7c3a2f1e-0d9c-4b8a-9f7e-6d5c4b3a2918"), List.of(Role.ADMIN));
  /** Staff, and the assignee of the tasks these specs assign. */
  static final Actor SAM_STAFF = new Actor(SAM, List.of(Role.STAFF));
  static final Actor PRIYA_STAFF = new Actor(PRIYA, List.of(Role.STAFF));

  static final ChecklistItem ISOLATE = item("c01", "Isolate the gas and water supplies");
  static final ChecklistItem FLUE = item("c02", "Check the flue clearance");
  static final ChecklistItem BENCHMARK = item("c03", "Fill in the Benchmark checklist");

  private TaskSpec() {
  }

  static ChecklistItemId itemId(String shortId) {
    return new ChecklistItemId(UUID.fromString("0193b1d0-6000-7000-8000-" + String.format("%12s", shortId)
        .replace(' ', '0')));
  }

  static ChecklistItem item(String shortId, String text) {
    return new ChecklistItem(itemId(shortId), text, false);
  }

  static TaskCreated created(ChecklistItem... checklist) {
    return new TaskCreated(TASK, DETAILS.title(), DETAILS.description(), DETAILS.jobId(), DETAILS.dueDate(),
        DETAILS.priority(), List.of(checklist));
  }

  static TaskAssigned assignedTo(UserId user) {
    return new TaskAssigned(TASK, user);
  }

  /** A task created with a checklist of two items and assigned to Sam. */
  static List<TaskEvent> samsTask() {
    return List.of(created(ISOLATE, FLUE), assignedTo(SAM));
  }

  /** The history with what {@code command} decided on it. */
  static List<TaskEvent> after(List<TaskEvent> history, TaskCommand command) {
    return given(history, decide(history, command).toArray(TaskEvent[]::new));
  }

  static List<TaskEvent> given(List<TaskEvent> history, TaskEvent... more) {
    List<TaskEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  static TaskState stateAfter(List<TaskEvent> history) {
    TaskState state = TaskDecider.INSTANCE.initialState();
    for (TaskEvent event : history) {
      state = TaskDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  static List<TaskEvent> decide(List<TaskEvent> history, TaskCommand command) {
    List<TaskEvent> decided = TaskDecider.INSTANCE.decide(command, stateAfter(history));
    stateAfter(given(history, decided.toArray(TaskEvent[]::new))); // every decision must also fold
    return decided;
  }

  static Rejection rejected(List<TaskEvent> history, TaskCommand command) {
    Rejection rejection = catchThrowableOfType(Rejection.class,
        () -> TaskDecider.INSTANCE.decide(command, stateAfter(history)));
    assertThat(rejection).as("%s should have been refused", command.getClass().getSimpleName()).isNotNull();
    return rejection;
  }

  static TaskState.Task taskAfter(List<TaskEvent> history) {
    return ((TaskState.Existing) stateAfter(history)).task();
  }

  /** One command of every kind but creating, each by {@code actor}, on the task and its first checklist item. */
  static Stream<TaskCommand> everyCommandOnTheTaskBy(Actor actor) {
    return Stream.of(
        new AssignTask(TASK, PRIYA, actor),
        new ChangeTask(TASK, new TaskDetails("Fit the boiler", null, null, null, TaskPriority.LOW), actor),
        new AddChecklistItem(TASK, BENCHMARK.itemId(), BENCHMARK.text(), actor),
        new TickChecklistItem(TASK, ISOLATE.itemId(), actor),
        new UntickChecklistItem(TASK, ISOLATE.itemId(), actor),
        new RemoveChecklistItem(TASK, FLUE.itemId(), actor),
        new StartTask(TASK, NOW, actor),
        new CompleteTask(TASK, NOW, actor),
        new CancelTask(TASK, NOW, "No longer needed", actor));
  }

  /** Commands named by their kind, for parameterized tests. */
  static Stream<Named<TaskCommand>> named(Stream<TaskCommand> commands) {
    return commands.map(c -> Named.of(c.getClass().getSimpleName(), c));
  }

  static CreateTask create(Actor actor) {
    return new CreateTask(TASK, DETAILS, null, List.of(ISOLATE, FLUE), actor);
  }
}
