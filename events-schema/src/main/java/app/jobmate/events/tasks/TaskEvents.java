package app.jobmate.events.tasks;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/** The tasks context in the published language: its event types, wire names and schema versions, written here once. */
public final class TaskEvents {

  /** The stream type of a task: one stream per task, {@code <tenantId>#task#<id>}. */
  public static final String STREAM = "task";

  public static final EventContext CONTEXT = new EventContext("tasks", List.of(
      type("TaskCreated", 1, TaskEvent.TaskCreated.class),
      type("TaskAssigned", 1, TaskEvent.TaskAssigned.class),
      type("TaskReassigned", 1, TaskEvent.TaskReassigned.class),
      type("TaskUnassigned", 1, TaskEvent.TaskUnassigned.class),
      type("TaskChanged", 1, TaskEvent.TaskChanged.class),
      type("TaskChecklistItemAdded", 1, TaskEvent.TaskChecklistItemAdded.class),
      type("TaskChecklistItemTicked", 1, TaskEvent.TaskChecklistItemTicked.class),
      type("TaskChecklistItemUnticked", 1, TaskEvent.TaskChecklistItemUnticked.class),
      type("TaskChecklistItemRemoved", 1, TaskEvent.TaskChecklistItemRemoved.class),
      type("TaskStarted", 1, TaskEvent.TaskStarted.class),
      type("TaskCompleted", 1, TaskEvent.TaskCompleted.class),
      type("TaskCancelled", 1, TaskEvent.TaskCancelled.class)));

  private TaskEvents() {
  }

  private static <E extends TaskEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "tasks", STREAM, type);
  }
}
