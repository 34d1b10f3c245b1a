package app.jobmate.commands.tasks;

import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.values.UserId;
import java.util.List;
import java.util.Optional;

/** Where a task is in its life: Open -> InProgress -> Done, or Cancelled; Done and Cancelled are final. */
public sealed interface TaskState {

  /** No task has been created in this stream. */
  record None() implements TaskState {}

  /** A task that exists, whatever has become of it. */
  sealed interface Existing extends TaskState {
    Task task();
  }

  /** A task still to be done: it can be changed, assigned, ticked off, completed or cancelled. */
  sealed interface Unfinished extends Existing {}

  record Open(Task task) implements Unfinished {}

  record InProgress(Task task) implements Unfinished {}

  record Done(Task task) implements Existing {}

  record Cancelled(Task task) implements Existing {}

  /** What the task is: its details, who has it ({@code null} for no one) and its checklist in order. */
  record Task(TaskDetails details, UserId assignee, List<ChecklistItem> checklist) {
    public Task {
      checklist = List.copyOf(checklist);
    }

    boolean isAssignedTo(UserId user) {
      return user.equals(assignee);
    }

    Optional<ChecklistItem> item(ChecklistItemId itemId) {
      return checklist.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    Task withDetails(TaskDetails changed) {
      return new Task(changed, assignee, checklist);
    }

    Task withAssignee(UserId user) {
      return new Task(details, user, checklist);
    }

    Task withChecklist(List<ChecklistItem> items) {
      return new Task(details, assignee, items);
    }
  }
}
