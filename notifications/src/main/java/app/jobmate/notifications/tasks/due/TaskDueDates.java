package app.jobmate.notifications.tasks.due;

import app.jobmate.events.StreamId;
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
import app.jobmate.notifications.tasks.TaskStatus;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.TaskSummary;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A task's stream folded for the due-date index: the task as it now stands, and every due date
 * it was ever given (a flush reads the whole stream from the store, so it knows every date the
 * task may still be listed under, whatever order the bus delivered the events in).
 */
public record TaskDueDates(StreamId stream, TaskSummary task, Set<LocalDate> everDue) {

  public TaskDueDates {
    if (stream == null || task == null || everDue == null) {
      throw new IllegalArgumentException("stream, task and everDue are required");
    }
    TaskStreams.require(stream);
    everDue = Set.copyOf(everDue);
  }

  public static TaskDueDates empty(StreamId stream) {
    return new TaskDueDates(stream, TaskSummary.empty(TaskStreams.taskId(stream)), Set.of());
  }

  /** These dates with the event at stream version {@code version} applied. */
  public TaskDueDates apply(long version, TaskEvent event) {
    Set<LocalDate> dates = everDue;
    Optional<LocalDate> given = dueDateGivenBy(event);
    if (given.isPresent() && !everDue.contains(given.get())) {
      dates = new HashSet<>(everDue);
      dates.add(given.get());
    }
    return new TaskDueDates(stream, task.apply(version, event), dates);
  }

  /**
   * Where the task belongs in the index now: under its due date while it is open or in progress,
   * assigned and dated; under no other date it was ever given.
   *
   * @throws IllegalStateException before any event was applied
   */
  public DuePlacement placement() {
    if (task.version() < 1) {
      throw new IllegalStateException("no event of " + stream + " was applied");
    }
    LocalDate dueDate = task.details() == null ? null : task.details().dueDate();
    boolean listed = dueDate != null && task.assignee() != null && isOpen(task.status());
    Set<LocalDate> unlisted = new HashSet<>(everDue);
    if (listed) {
      unlisted.remove(dueDate);
      return new DuePlacement(stream, task.version(), dueDate, task.assignee(), unlisted);
    }
    return new DuePlacement(stream, task.version(), null, null, unlisted);
  }

  /** Whether the task, as it now stands, is an open task of its assignee due on {@code day}. */
  public boolean isDueOn(LocalDate day) {
    return task.version() >= 1 && placement().listed().filter(due -> due.dueDate().equals(day)).isPresent();
  }

  private static boolean isOpen(TaskStatus status) {
    if (status == null) {
      return false;
    }
    return switch (status) {
      case OPEN, IN_PROGRESS -> true;
      case DONE, CANCELLED -> false;
    };
  }

  private static Optional<LocalDate> dueDateGivenBy(TaskEvent event) {
    return switch (event) {
      case TaskCreated e -> Optional.ofNullable(e.dueDate());
      case TaskChanged e -> Optional.ofNullable(e.dueDate());
      case TaskAssigned e -> Optional.empty();
      case TaskReassigned e -> Optional.empty();
      case TaskUnassigned e -> Optional.empty();
      case TaskChecklistItemAdded e -> Optional.empty();
      case TaskChecklistItemTicked e -> Optional.empty();
      case TaskChecklistItemUnticked e -> Optional.empty();
      case TaskChecklistItemRemoved e -> Optional.empty();
      case TaskStarted e -> Optional.empty();
      case TaskCompleted e -> Optional.empty();
      case TaskCancelled e -> Optional.empty();
    };
  }
}
