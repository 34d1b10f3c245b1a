package app.jobmate.events;

import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskEvent.TaskAssigned;
import app.jobmate.events.tasks.TaskEvent.TaskCancelled;
import app.jobmate.events.tasks.TaskEvent.TaskChanged;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemAdded;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemRemoved;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemTicked;
import app.jobmate.events.tasks.TaskEvent.TaskChecklistItemUnticked;
import app.jobmate.events.tasks.TaskEvent.TaskCompleted;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskEvent.TaskReassigned;
import app.jobmate.events.tasks.TaskEvent.TaskStarted;
import app.jobmate.events.tasks.TaskEvent.TaskUnassigned;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One realistic example of every task event: the job that came of the boiler quote, given to the
 * engineer who fits it. The examples fill every optional field, so that each schema sees every
 * property it declares. {@link #minimalLike} switches over the sealed {@link TaskEvent} without a
 * default, so a new event does not compile until it has its examples here.
 */
public final class TaskEventExamples {

  public static final TaskId TASK = TaskId.of("0193b1d0-5e6f-7a80-9b1c-2d3e4f5a6b7c");
  public static final UserId SAM = UserId.of("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
  public static final UserId PRIYA = UserId.of("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a");

  public static final ChecklistItem ISOLATE = new ChecklistItem(
      ChecklistItemId.of("0193b1d0-6000-7000-8000-00000000c001"), "Isolate the gas and water supplies", false);
  public static final ChecklistItem FLUE = new ChecklistItem(
      ChecklistItemId.of("0193b1d0-6000-7000-8000-00000000c002"), "Check the flue clearance from the bedroom window",
      false);
  public static final ChecklistItem BENCHMARK = new ChecklistItem(
      ChecklistItemId.of("0193b1d0-6000-7000-8000-00000000c003"), "Fill in the Benchmark commissioning checklist",
      false);

  private TaskEventExamples() {
  }

  /** An example of every task event, in the order of a task's life. */
  public static List<TaskEvent> all() {
    return Arrays.stream(TaskEvent.class.getPermittedSubclasses())
        .<TaskEvent>map(TaskEventExamples::exampleOf)
        .toList();
  }

  /** The example of the record class {@code type}. */
  @SuppressWarnings("unchecked")
  public static <E extends TaskEvent> E exampleOf(Class<?> type) {
    return (E) examples().filter(type::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no example of " + type.getSimpleName() + " in TaskEventExamples"));
  }

  /**
   * A further example of the same event with what is optional left out; the switch has no
   * default, so an event added to {@link TaskEvent} must be given its examples here to compile.
   */
  public static TaskEvent minimalLike(TaskEvent example) {
    return switch (example) {
      case TaskCreated e -> new TaskCreated(e.taskId(), "Pick up the flue kit", null, null, null, TaskPriority.NORMAL,
          List.of());
      case TaskAssigned e -> e;
      case TaskReassigned e -> e;
      case TaskUnassigned e -> e;
      case TaskChanged e -> new TaskChanged(e.taskId(), e.title(), null, null, null, TaskPriority.LOW);
      case TaskChecklistItemAdded e -> new TaskChecklistItemAdded(e.taskId(),
          new ChecklistItem(e.item().itemId(), "Sweep up", true));
      case TaskChecklistItemTicked e -> e;
      case TaskChecklistItemUnticked e -> e;
      case TaskChecklistItemRemoved e -> e;
      case TaskStarted e -> e;
      case TaskCompleted e -> e;
      case TaskCancelled e -> new TaskCancelled(e.taskId(), e.cancelledAt(), null);
    };
  }

  /** Every example, full and minimal. */
  public static List<TaskEvent> fullAndMinimal() {
    List<TaskEvent> events = new ArrayList<>(all());
    all().stream().map(TaskEventExamples::minimalLike).forEach(events::add);
    return events;
  }

  private static Stream<TaskEvent> examples() {
    LocalDate due = LocalDate.parse("2026-12-03");
    String description = "Old boiler out first; the new one goes in the same cupboard. Park on the drive.";
    return Stream.of(
        new TaskCreated(TASK, "Fit the new combi boiler at 14 Elm Road", description, QuoteEventExamples.JOB, due,
            TaskPriority.HIGH, List.of(ISOLATE, FLUE)),
        new TaskAssigned(TASK, SAM),
        new TaskReassigned(TASK, SAM, PRIYA),
        new TaskUnassigned(TASK, PRIYA),
        new TaskChanged(TASK, "Fit the new combi boiler and controls at 14 Elm Road", description,
            QuoteEventExamples.JOB, due.plusDays(1), TaskPriority.URGENT),
        new TaskChecklistItemAdded(TASK, BENCHMARK),
        new TaskChecklistItemTicked(TASK, ISOLATE.itemId()),
        new TaskChecklistItemUnticked(TASK, ISOLATE.itemId()),
        new TaskChecklistItemRemoved(TASK, FLUE.itemId()),
        new TaskStarted(TASK, Instant.parse("2026-12-03T08:05:00Z")),
        new TaskCompleted(TASK, Instant.parse("2026-12-03T15:42:10.250Z")),
        new TaskCancelled(TASK, Instant.parse("2026-12-01T17:30:00Z"), "The customer has put the work off until March"));
  }
}
