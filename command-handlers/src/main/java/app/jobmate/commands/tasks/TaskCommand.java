package app.jobmate.commands.tasks;

import app.jobmate.events.Actor;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.List;

/**
 * What people ask of a task. Each command carries its {@link Actor} (the user and their roles),
 * because who may do what depends on the task: staff may work only on the tasks assigned to them.
 * The time and new ids arrive on the command.
 */
public sealed interface TaskCommand {

  TaskId taskId();

  Actor actor();

  /** A new open task, with its checklist and, if it is given to someone at once, its first assignee. */
  record CreateTask(TaskId taskId, TaskDetails details, UserId assignee, List<ChecklistItem> checklist, Actor actor)
      implements TaskCommand {
    public CreateTask {
      Require.present(details, "details");
      checklist = List.copyOf(checklist);
    }
  }

  /** Gives the task to {@code assignee}, moves it to them from someone else, or, when absent, to no one. */
  record AssignTask(TaskId taskId, UserId assignee, Actor actor) implements TaskCommand {}

  /** Replaces the task's details whole: an absent optional detail is cleared. */
  record ChangeTask(TaskId taskId, TaskDetails details, Actor actor) implements TaskCommand {
    public ChangeTask {
      Require.present(details, "details");
    }
  }

  /** Adds an item, not yet done, at the end of the checklist. */
  record AddChecklistItem(TaskId taskId, ChecklistItemId itemId, String text, Actor actor) implements TaskCommand {
    public AddChecklistItem {
      Require.present(itemId, "itemId");
      text = Require.text(text, ChecklistItem.MAX_TEXT, "text");
    }
  }

  record TickChecklistItem(TaskId taskId, ChecklistItemId itemId, Actor actor) implements TaskCommand {}

  record UntickChecklistItem(TaskId taskId, ChecklistItemId itemId, Actor actor) implements TaskCommand {}

  record RemoveChecklistItem(TaskId taskId, ChecklistItemId itemId, Actor actor) implements TaskCommand {}

  record StartTask(TaskId taskId, Instant at, Actor actor) implements TaskCommand {}

  record CompleteTask(TaskId taskId, Instant at, Actor actor) implements TaskCommand {}

  record CancelTask(TaskId taskId, Instant at, String reason, Actor actor) implements TaskCommand {
    public CancelTask {
      reason = Require.optionalText(reason, TaskEvent.MAX_REASON, "reason");
    }
  }
}
