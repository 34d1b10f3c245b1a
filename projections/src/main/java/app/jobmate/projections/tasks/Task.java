package app.jobmate.projections.tasks;

import app.jobmate.events.Role;
import app.jobmate.events.tasks.TaskPriority;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as the task page and the task lists show it (collection {@code task}, one per task): its
 * details, status, assignee, checklist with its progress, the time of each step, who created it,
 * and its history, one entry per event with who and when.
 *
 * <p>{@code checklistDone}, {@code checklistTotal} and the three sort keys are derived from the
 * other fields and always recomputed here, so a stored document can never disagree with itself.
 * The sort keys are stored so that every order of the lists is one indexed field (keyset paging
 * on one key and the id); they are not part of the answers.
 *
 * @param assignee   the user id of whoever has the task; absent when no one has
 * @param assignedAt when the current assignee was given it
 * @param createdBy  the user who created it (absent if Jobmate itself did)
 * @param updatedAt  the time of the task's last event
 */
public record Task(String title, String description, String jobId, LocalDate dueDate, TaskPriority priority,
                   TaskStatus status, String assignee, Instant assignedAt, List<ChecklistEntry> checklist,
                   int checklistDone, int checklistTotal, Instant createdAt, String createdBy, Instant startedAt,
                   Instant completedAt, Instant cancelledAt, String cancellationReason, Instant updatedAt,
                   List<HistoryEntry> history, @JsonIgnore String queueKey, @JsonIgnore String dueKey,
                   @JsonIgnore String priorityKey) {

  /** Sorts after every ISO date: a task without a due date comes after those with one. */
  private static final String NO_DUE_DATE = "~";

  public Task {
    checklist = List.copyOf(checklist);
    history = List.copyOf(history);
    checklistTotal = checklist.size();
    checklistDone = (int) checklist.stream().filter(ChecklistEntry::done).count();
    String due = dueDate == null ? NO_DUE_DATE : dueDate.toString();
    String urgency = Integer.toString(urgencyRank(priority));
    queueKey = (status.isFinished() ? "1" : "0") + ":" + due + ":" + urgency;
    dueKey = due + ":" + urgency;
    priorityKey = urgency + ":" + due;
  }

  /** Not finished and due before {@code today} (a London day). */
  public boolean overdueOn(LocalDate today) {
    return !status.isFinished() && dueDate != null && dueDate.isBefore(today);
  }

  /** The most urgent first: urgent 0, high 1, normal 2, low 3. */
  private static int urgencyRank(TaskPriority priority) {
    return switch (priority) {
      case URGENT -> 0;
      case HIGH -> 1;
      case NORMAL -> 2;
      case LOW -> 3;
    };
  }

  /** An item of the checklist; {@code doneAt} and {@code doneBy} say who ticked it off, while it is ticked. */
  public record ChecklistEntry(String itemId, String text, boolean done, Instant doneAt, String doneBy) {
  }

  /**
   * One event of the task: its type, the status and assignee after it, the previous assignee (for a
   * reassignment or unassignment), the checklist item it concerns, when, and who did it (absent
   * for Jobmate itself).
   */
  public record HistoryEntry(long version, String event, TaskStatus status, String assignee, String previousAssignee,
                             String itemId, Instant at, String by, List<Role> roles) {
    public HistoryEntry {
      roles = List.copyOf(roles);
    }
  }
}
