package app.jobmate.projections.tasks;

import app.jobmate.events.tasks.TaskEvents;
import static app.jobmate.projections.tasks.TaskTimes.stored;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.Role;
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
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.events.values.JobId;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.tasks.Task.ChecklistEntry;
import app.jobmate.projections.tasks.Task.HistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The task documents: take every task event. Reassigning moves the task from one assignee to the
 * other (the lists select on the current assignee); a finished task keeps its assignee and
 * checklist as they were.
 */
public final class TaskProjection implements Projection<Task, TaskEvent> {

  public static final String NAME = "task";

  private static final Set<String> TAKEN = EventTypes.namesOf(TaskEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Task> documentType() {
    return Task.class;
  }

  @Override
  public Class<TaskEvent> eventClass() {
    return TaskEvent.class;
  }

  @Override
  public String streamType() {
    return TaskEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public Task evolve(Task task, EventEnvelope envelope, TaskEvent event) {
    Instant at = stored(envelope.occurredAt());
    String by = envelope.actor() == null ? null : envelope.actor().userId().value();
    Builder b;
    String previousAssignee = null;
    String itemId = null;
    if (task == null) {
      if (!(event instanceof TaskCreated created)) {
        throw new IllegalStateException("a task starts with TaskCreated, not " + envelope.eventType());
      }
      b = new Builder().created(created, at, by);
    } else {
      b = new Builder(task);
      switch (event) {
        case TaskCreated e -> throw new IllegalStateException("task " + e.taskId() + " is created twice");
        case TaskAssigned e -> b.assign(e.assignee().value(), at);
        case TaskReassigned e -> {
          previousAssignee = e.from().value();
          b.assign(e.to().value(), at);
        }
        case TaskUnassigned e -> {
          previousAssignee = e.from().value();
          b.assign(null, null);
        }
        case TaskChanged e -> b.details(e.title(), e.description(), e.jobId(), e.dueDate(), e.priority());
        case TaskChecklistItemAdded e -> {
          itemId = e.item().itemId().toString();
          b.checklist.add(entry(e.item(), at, by));
        }
        case TaskChecklistItemTicked e -> {
          itemId = e.itemId().toString();
          b.tick(e.itemId(), new Ticked(at, by));
        }
        case TaskChecklistItemUnticked e -> {
          itemId = e.itemId().toString();
          b.tick(e.itemId(), null);
        }
        case TaskChecklistItemRemoved e -> {
          itemId = e.itemId().toString();
          b.checklist.removeIf(i -> i.itemId().equals(e.itemId().toString()));
        }
        case TaskStarted e -> {
          b.status = TaskStatus.IN_PROGRESS;
          b.startedAt = stored(e.startedAt());
        }
        case TaskCompleted e -> {
          b.status = TaskStatus.DONE;
          b.completedAt = stored(e.completedAt());
        }
        case TaskCancelled e -> {
          b.status = TaskStatus.CANCELLED;
          b.cancelledAt = stored(e.cancelledAt());
          b.cancellationReason = e.reason();
        }
      }
    }
    b.updatedAt = at;
    List<Role> roles = envelope.actor() == null ? List.of() : envelope.actor().roles();
    b.history.add(new HistoryEntry(envelope.version(), envelope.eventType(), b.status, b.assignee, previousAssignee,
        itemId, at, by, roles));
    return b.build();
  }

  private static ChecklistEntry entry(ChecklistItem item, Instant at, String by) {
    return item.done() ? new ChecklistEntry(item.itemId().toString(), item.text(), true, at, by)
        : new ChecklistEntry(item.itemId().toString(), item.text(), false, null, null);
  }

  /** Who ticked an item off and when. */
  private record Ticked(Instant at, String by) {
  }

  /** A working copy of a task: evolve changes what an event changes and builds the next document. */
  private static final class Builder {
    String title;
    String description;
    String jobId;
    LocalDate dueDate;
    TaskPriority priority;
    TaskStatus status;
    String assignee;
    Instant assignedAt;
    List<ChecklistEntry> checklist = new ArrayList<>();
    Instant createdAt;
    String createdBy;
    Instant startedAt;
    Instant completedAt;
    Instant cancelledAt;
    String cancellationReason;
    Instant updatedAt;
    List<HistoryEntry> history = new ArrayList<>();

    Builder() {
    }

    Builder(Task t) {
      title = t.title();
      description = t.description();
      jobId = t.jobId();
      dueDate = t.dueDate();
      priority = t.priority();
      status = t.status();
      assignee = t.assignee();
      assignedAt = t.assignedAt();
      checklist = new ArrayList<>(t.checklist());
      createdAt = t.createdAt();
      createdBy = t.createdBy();
      startedAt = t.startedAt();
      completedAt = t.completedAt();
      cancelledAt = t.cancelledAt();
      cancellationReason = t.cancellationReason();
      updatedAt = t.updatedAt();
      history = new ArrayList<>(t.history());
    }

    Builder created(TaskCreated e, Instant at, String by) {
      details(e.title(), e.description(), e.jobId(), e.dueDate(), e.priority());
      status = TaskStatus.OPEN;
      e.checklist().forEach(item -> checklist.add(entry(item, at, by)));
      createdAt = at;
      createdBy = by;
      return this;
    }

    void details(String newTitle, String newDescription, JobId newJobId, LocalDate newDueDate, TaskPriority newPriority) {
      title = newTitle;
      description = newDescription;
      jobId = newJobId == null ? null : newJobId.toString();
      dueDate = newDueDate;
      priority = newPriority;
    }

    void assign(String user, Instant at) {
      assignee = user;
      assignedAt = at;
    }

    /** Ticks the item off ({@code ticked} says who and when) or unticks it ({@code null}); an unknown item is left alone. */
    void tick(ChecklistItemId itemId, Ticked ticked) {
      String id = itemId.toString();
      checklist.replaceAll(i -> !i.itemId().equals(id) ? i : ticked == null
          ? new ChecklistEntry(id, i.text(), false, null, null)
          : new ChecklistEntry(id, i.text(), true, ticked.at(), ticked.by()));
    }

    Task build() {
      return new Task(title, description, jobId, dueDate, priority, status, assignee, assignedAt, checklist, 0, 0,
          createdAt, createdBy, startedAt, completedAt, cancelledAt, cancellationReason, updatedAt, history, null, null,
          null);
    }
  }
}
