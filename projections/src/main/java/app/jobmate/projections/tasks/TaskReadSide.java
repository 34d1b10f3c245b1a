package app.jobmate.projections.tasks;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.tasks.ChecklistItem;
import app.jobmate.events.tasks.ChecklistItemId;
import app.jobmate.events.tasks.TaskEvent.TaskCreated;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.tasks.TaskPriority;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import app.jobmate.projections.tasks.list.TaskListSort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The read side of the tasks context: one document per task, which takes every task event. "My
 * tasks" and the lists are queries over it; the open and overdue tasks by assignee are aggregated
 * from it at query time.
 */
public final class TaskReadSide implements ReadSide {

  public static final String NAME = "tasks";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new TaskProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * Tenant first: one index per order of the lists (its key, then the id, which keyset paging
   * compares); one for a person's tasks in the work order ("my tasks", a staff member's list, an
   * assignee's overdue tasks); one for the open tasks' aggregation (status, then the group keys);
   * one per remaining filter. A task is read by id.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    List<Index> task = new ArrayList<>();
    for (TaskListSort sort : TaskListSort.values()) {
      task.add(Index.ascending("by_" + sort.wireName(), Index.TENANT, sort.field(), Index.ID));
    }
    task.add(Index.ascending("by_assignee", Index.TENANT, "assignee", TaskListSort.QUEUE.field(), Index.ID));
    task.add(Index.ascending("by_status", Index.TENANT, "status", "assignee", "dueDate"));
    task.add(Index.ascending("by_job", Index.TENANT, "jobId", TaskListSort.QUEUE.field()));
    task.add(Index.ascending("on_due_date", Index.TENANT, "dueDate"));
    return Map.of(TaskProjection.NAME, List.copyOf(task));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new TaskCreated(TaskId.of(streamId), "SnapStart priming", "Primes the task projector", null,
        LocalDate.of(2026, 1, 31), TaskPriority.NORMAL,
        List.of(new ChecklistItem(ChecklistItemId.of(streamId), "Load the classes", false)));
  }
}
