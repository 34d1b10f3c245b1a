package app.jobmate.notifications.tasks;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.messages.ClientMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task of the person who receives it, as it now stands: it joined their list
 * ({@code task.assigned}), changed, left it ({@code task.removed}, which carries only the id
 * and title), or is due today ({@code task.due-today}, the morning reminder). Tasks carry no prices.
 *
 * @param at when the latest event the message reflects happened; for a reminder, when it was sent
 * @param by who caused it; a client stays quiet about its own user's actions. A reminder has none:
 *           nobody caused it, and the assignee's own last change must not silence it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "taskId", "title", "description", "jobId", "dueDate", "priority", "status", "checklist",
    "version", "at", "by"})
public record TaskMessage(Kind kind, TaskId taskId, String title, String description, JobId jobId, LocalDate dueDate,
                          TaskPriority priority, TaskStatus status, List<Item> checklist, long version, Instant at,
                          UserId by) implements ClientMessage {

  /** What happened, last, to the task as this person sees it. */
  public enum Kind {
    ASSIGNED("task.assigned"),
    CHANGED("task.changed"),
    CHECKLIST_CHANGED("task.checklist-changed"),
    STARTED("task.started"),
    COMPLETED("task.completed"),
    CANCELLED("task.cancelled"),
    REMOVED("task.removed"),
    /** Not a change: the morning reminder of an open task due that day (docs/notifications.md, "Due today"). */
    DUE_TODAY("task.due-today");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** A checklist item as the client shows it. */
  public record Item(ChecklistItemId itemId, String text, boolean done) {
  }

  public TaskMessage {
    if (kind == null || taskId == null || at == null) {
      throw new IllegalArgumentException("kind, taskId and at are required");
    }
    checklist = checklist == null ? null : List.copyOf(checklist);
  }

  /** The message of {@code kind} showing {@code task} as it is after {@code latest}. */
  public static TaskMessage of(Kind kind, TaskSummary task, EventEnvelope latest) {
    UserId by = latest.actor() == null ? null : latest.actor().userId();
    if (kind == Kind.REMOVED) {
      String title = task.details() == null ? null : task.details().title();
      return new TaskMessage(kind, task.taskId(), title, null, null, null, null, null, null, task.version(),
          latest.occurredAt(), by);
    }
    return whole(kind, task, latest.occurredAt(), by);
  }

  /** The morning reminder of {@code task}, due today, sent at {@code at}. */
  public static TaskMessage dueToday(TaskSummary task, Instant at) {
    return whole(Kind.DUE_TODAY, task, at, null);
  }

  private static TaskMessage whole(Kind kind, TaskSummary task, Instant at, UserId by) {
    TaskSummary.Details details = task.details();
    return new TaskMessage(kind, task.taskId(), details == null ? null : details.title(),
        details == null ? null : details.description(), details == null ? null : details.jobId(),
        details == null ? null : details.dueDate(), details == null ? null : details.priority(), task.status(),
        task.shownChecklist().stream().map(e -> new Item(e.itemId(), e.text(), e.done())).toList(),
        task.version(), at, by);
  }

  @JsonIgnore
  @Override
  public Kind kind() {
    return kind;
  }

  @JsonProperty("type")
  @Override
  public String type() {
    return kind.wireName();
  }

  @JsonIgnore
  @Override
  public boolean showsPrices() {
    return false;
  }
}
