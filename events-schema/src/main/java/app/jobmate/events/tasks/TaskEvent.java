package app.jobmate.events.tasks;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happens to a task (docs/business-rules.md, tasks): Open -> InProgress -> Done, or Cancelled; assigning,
 * reassigning or changing it notifies the assignee. Optional fields are absent on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface TaskEvent extends DomainEvent {

  int MAX_TITLE = 200;
  int MAX_DESCRIPTION = 5_000;
  int MAX_REASON = 2_000;
  int MAX_CHECKLIST = 100;

  TaskId taskId();

  record TaskCreated(TaskId taskId, String title, String description, JobId jobId, LocalDate dueDate,
                     TaskPriority priority, List<ChecklistItem> checklist) implements TaskEvent {
    public TaskCreated {
      Require.present(taskId, "taskId");
      title = Require.text(title, MAX_TITLE, "title");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      Require.present(priority, "priority");
      checklist = validChecklist(checklist);
    }
  }

  /** Given to someone for the first time (or again after being unassigned). */
  record TaskAssigned(TaskId taskId, UserId assignee) implements TaskEvent {
    public TaskAssigned {
      Require.present(taskId, "taskId");
      Require.present(assignee, "assignee");
    }
  }

  /** Moved from one person to another: it leaves {@code from}'s list and joins {@code to}'s. */
  record TaskReassigned(TaskId taskId, UserId from, UserId to) implements TaskEvent {
    public TaskReassigned {
      Require.present(taskId, "taskId");
      Require.present(from, "from");
      Require.present(to, "to");
      if (from.equals(to)) {
        throw new IllegalArgumentException("a task is reassigned to someone else");
      }
    }
  }

  record TaskUnassigned(TaskId taskId, UserId from) implements TaskEvent {
    public TaskUnassigned {
      Require.present(taskId, "taskId");
      Require.present(from, "from");
    }
  }

  /** The task's details after the change, whole: absent optional fields were cleared. */
  record TaskChanged(TaskId taskId, String title, String description, JobId jobId, LocalDate dueDate,
                     TaskPriority priority) implements TaskEvent {
    public TaskChanged {
      Require.present(taskId, "taskId");
      title = Require.text(title, MAX_TITLE, "title");
      description = Require.optionalText(description, MAX_DESCRIPTION, "description");
      Require.present(priority, "priority");
    }
  }

  record TaskChecklistItemAdded(TaskId taskId, ChecklistItem item) implements TaskEvent {
    public TaskChecklistItemAdded {
      Require.present(taskId, "taskId");
      Require.present(item, "item");
    }
  }

  record TaskChecklistItemTicked(TaskId taskId, ChecklistItemId itemId) implements TaskEvent {
    public TaskChecklistItemTicked {
      Require.present(taskId, "taskId");
      Require.present(itemId, "itemId");
    }
  }

  record TaskChecklistItemUnticked(TaskId taskId, ChecklistItemId itemId) implements TaskEvent {
    public TaskChecklistItemUnticked {
      Require.present(taskId, "taskId");
      Require.present(itemId, "itemId");
    }
  }

  record TaskChecklistItemRemoved(TaskId taskId, ChecklistItemId itemId) implements TaskEvent {
    public TaskChecklistItemRemoved {
      Require.present(taskId, "taskId");
      Require.present(itemId, "itemId");
    }
  }

  record TaskStarted(TaskId taskId, Instant startedAt) implements TaskEvent {
    public TaskStarted {
      Require.present(taskId, "taskId");
      Require.present(startedAt, "startedAt");
    }
  }

  record TaskCompleted(TaskId taskId, Instant completedAt) implements TaskEvent {
    public TaskCompleted {
      Require.present(taskId, "taskId");
      Require.present(completedAt, "completedAt");
    }
  }

  record TaskCancelled(TaskId taskId, Instant cancelledAt, String reason) implements TaskEvent {
    public TaskCancelled {
      Require.present(taskId, "taskId");
      Require.present(cancelledAt, "cancelledAt");
      reason = Require.optionalText(reason, MAX_REASON, "reason");
    }
  }

  private static List<ChecklistItem> validChecklist(List<ChecklistItem> items) {
    List<ChecklistItem> copy = items == null ? List.of() : List.copyOf(items);
    if (copy.size() > MAX_CHECKLIST) {
      throw new IllegalArgumentException("checklist must have at most " + MAX_CHECKLIST + " items");
    }
    Set<ChecklistItemId> ids = new HashSet<>();
    for (ChecklistItem item : copy) {
      if (!ids.add(item.itemId())) {
        throw new IllegalArgumentException("checklist item " + item.itemId() + " appears twice");
      }
    }
    return copy;
  }
}
