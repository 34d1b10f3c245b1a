package app.jobmate.notifications.tasks;

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
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a staff member's message about a task needs, folded from the task's stream: its details,
 * who has it, its status and its checklist. Every part is a register that keeps the value of the
 * highest stream version seen (last writer wins by version), so applying events in any order, any
 * number of times, gives the same summary; a flush folds the stream from the store, in order.
 *
 * @param version         the highest version applied: the state a message built from this summary shows
 * @param details         title, description, job, due date, priority; absent until TaskCreated or TaskChanged
 * @param assignee        who has the task; absent when nobody has
 * @param status          absent until TaskCreated (or a later status event) is seen
 * @param checklist       every item ever seen, removed ones included, in checklist order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskSummary(TaskId taskId, long version, Details details, long detailsVersion, UserId assignee,
                          long assigneeVersion, TaskStatus status, long statusVersion, List<ChecklistEntry> checklist) {

  private static final Comparator<ChecklistEntry> CHECKLIST_ORDER =
      Comparator.comparingLong(ChecklistEntry::addedVersion).thenComparingInt(ChecklistEntry::position);

  public TaskSummary {
    if (taskId == null) {
      throw new IllegalArgumentException("taskId is required");
    }
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
  }

  /** A task's details as TaskCreated and TaskChanged carry them, whole. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Details(String title, String description, JobId jobId, LocalDate dueDate, TaskPriority priority) {
  }

  /**
   * One checklist item: its text (from the event that added it), whether it is done, and the
   * version that removed it, each with the version that set it. Shown while it was added after
   * it was last removed.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChecklistEntry(ChecklistItemId itemId, String text, long addedVersion, int position, boolean done,
                               long doneVersion, long removedVersion) {

    static ChecklistEntry unseen(ChecklistItemId itemId) {
      return new ChecklistEntry(itemId, null, 0, 0, false, 0, 0);
    }

    @JsonIgnore
    public boolean isShown() {
      return text != null && addedVersion > removedVersion;
    }
  }

  public static TaskSummary empty(TaskId taskId) {
    return new TaskSummary(taskId, 0, null, 0, null, 0, null, 0, List.of());
  }

  /** This summary with the event at stream version {@code version} applied. */
  public TaskSummary apply(long version, TaskEvent event) {
    TaskSummary seen = new TaskSummary(taskId, Math.max(this.version, version), details, detailsVersion, assignee,
        assigneeVersion, status, statusVersion, checklist);
    return switch (event) {
      case TaskCreated e -> seen.withDetails(version, new Details(e.title(), e.description(), e.jobId(), e.dueDate(),
          e.priority())).withStatus(version, TaskStatus.OPEN).withItemsAdded(version, e.checklist());
      case TaskChanged e -> seen.withDetails(version, new Details(e.title(), e.description(), e.jobId(), e.dueDate(),
          e.priority()));
      case TaskAssigned e -> seen.withAssignee(version, e.assignee());
      case TaskReassigned e -> seen.withAssignee(version, e.to());
      case TaskUnassigned e -> seen.withAssignee(version, null);
      case TaskChecklistItemAdded e -> seen.withItemsAdded(version, List.of(e.item()));
      case TaskChecklistItemTicked e -> seen.withItemDone(version, e.itemId(), true);
      case TaskChecklistItemUnticked e -> seen.withItemDone(version, e.itemId(), false);
      case TaskChecklistItemRemoved e -> seen.withItemRemoved(version, e.itemId());
      case TaskStarted e -> seen.withStatus(version, TaskStatus.IN_PROGRESS);
      case TaskCompleted e -> seen.withStatus(version, TaskStatus.DONE);
      case TaskCancelled e -> seen.withStatus(version, TaskStatus.CANCELLED);
    };
  }

  /** The checklist as a client shows it. */
  @JsonIgnore
  public List<ChecklistEntry> shownChecklist() {
    return checklist.stream().filter(ChecklistEntry::isShown).toList();
  }

  private TaskSummary withDetails(long version, Details newDetails) {
    return version <= detailsVersion ? this
        : new TaskSummary(taskId, this.version, newDetails, version, assignee, assigneeVersion, status, statusVersion,
            checklist);
  }

  private TaskSummary withAssignee(long version, UserId newAssignee) {
    return version <= assigneeVersion ? this
        : new TaskSummary(taskId, this.version, details, detailsVersion, newAssignee, version, status, statusVersion,
            checklist);
  }

  private TaskSummary withStatus(long version, TaskStatus newStatus) {
    return version <= statusVersion ? this
        : new TaskSummary(taskId, this.version, details, detailsVersion, assignee, assigneeVersion, newStatus, version,
            checklist);
  }

  private TaskSummary withItemsAdded(long version, List<ChecklistItem> items) {
    TaskSummary result = this;
    for (int position = 0; position < items.size(); position++) {
      ChecklistItem item = items.get(position);
      ChecklistEntry entry = result.entry(item.itemId());
      if (version > entry.addedVersion()) {
        entry = new ChecklistEntry(entry.itemId(), item.text(), version, position, entry.done(), entry.doneVersion(),
            entry.removedVersion());
      }
      if (version > entry.doneVersion()) {
        entry = new ChecklistEntry(entry.itemId(), entry.text(), entry.addedVersion(), entry.position(), item.done(),
            version, entry.removedVersion());
      }
      result = result.withEntry(entry);
    }
    return result;
  }

  private TaskSummary withItemDone(long version, ChecklistItemId itemId, boolean done) {
    ChecklistEntry entry = entry(itemId);
    return version <= entry.doneVersion() ? this
        : withEntry(new ChecklistEntry(itemId, entry.text(), entry.addedVersion(), entry.position(), done, version,
            entry.removedVersion()));
  }

  private TaskSummary withItemRemoved(long version, ChecklistItemId itemId) {
    ChecklistEntry entry = entry(itemId);
    return version <= entry.removedVersion() ? this
        : withEntry(new ChecklistEntry(itemId, entry.text(), entry.addedVersion(), entry.position(), entry.done(),
            entry.doneVersion(), version));
  }

  private ChecklistEntry entry(ChecklistItemId itemId) {
    return checklist.stream().filter(e -> e.itemId().equals(itemId)).findFirst()
        .orElseGet(() -> ChecklistEntry.unseen(itemId));
  }

  private TaskSummary withEntry(ChecklistEntry entry) {
    List<ChecklistEntry> entries = new ArrayList<>(checklist.stream()
        .filter(e -> !e.itemId().equals(entry.itemId())).toList());
    entries.add(entry);
    entries.sort(CHECKLIST_ORDER);
    return new TaskSummary(taskId, version, details, detailsVersion, assignee, assigneeVersion, status, statusVersion,
        entries);
  }
}
