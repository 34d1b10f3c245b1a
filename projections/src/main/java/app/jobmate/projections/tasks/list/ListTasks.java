package app.jobmate.projections.tasks.list;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * A query of the task documents: typed filters only, one of a fixed list of orders, keyset paging.
 * {@link #matches}, {@link #comparator} and {@link #isAfterCursor} say exactly what the query
 * means; every {@link TaskListQueries} must answer the same.
 *
 * @param statuses the statuses wanted; empty for any
 * @param whose    whose tasks, by their current assignee
 * @param dueFrom  the first due date wanted (inclusive; a task without a due date never matches a due filter)
 * @param dueTo    the last due date wanted (inclusive)
 * @param limit    the page size, 1 to {@link #MAX_LIMIT}
 */
public record ListTasks(TenantId tenantId, Set<TaskStatus> statuses, WhoseTasks whose, JobId jobId, LocalDate dueFrom,
                        LocalDate dueTo, TaskListSort sort, SortOrder order, TaskCursor after, int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public ListTasks {
    if (tenantId == null || whose == null || sort == null || order == null) {
      throw new IllegalArgumentException("tenantId, whose, sort and order are required");
    }
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
      throw new IllegalArgumentException("dueFrom must not be after dueTo");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    if (after != null && (after.sort() != sort || after.order() != order)) {
      throw new IllegalArgumentException("the cursor belongs to another order of the list");
    }
  }

  /** The first page of a tenant's tasks in the work order. */
  public static ListTasks firstPage(TenantId tenantId) {
    return new ListTasks(tenantId, Set.of(), new WhoseTasks.Everyone(), null, null, null, TaskListSort.QUEUE,
        SortOrder.ASC, null, DEFAULT_LIMIT);
  }

  /** "My tasks": the ones assigned to {@code user}, unfinished first, by due date, then the most urgent. */
  public static ListTasks mine(TenantId tenantId, UserId user, Set<TaskStatus> statuses, LocalDate dueFrom,
                               LocalDate dueTo, TaskCursor after, int limit) {
    return new ListTasks(tenantId, statuses, new WhoseTasks.AssignedTo(user), null, dueFrom, dueTo, TaskListSort.QUEUE,
        SortOrder.ASC, after, limit);
  }

  /** The first {@code limit} of {@code whose} overdue tasks on {@code today}: the longest overdue first, then the most urgent. */
  public static ListTasks overdue(TenantId tenantId, WhoseTasks whose, LocalDate today, int limit) {
    return new ListTasks(tenantId, TaskStatus.UNFINISHED, whose, null, null, today.minusDays(1), TaskListSort.QUEUE,
        SortOrder.ASC, null, limit);
  }

  public ListTasks after(TaskCursor cursor) {
    return new ListTasks(tenantId, statuses, whose, jobId, dueFrom, dueTo, sort, order, cursor, limit);
  }

  /** The same query over {@code whose} tasks. */
  public ListTasks showing(WhoseTasks whose) {
    return new ListTasks(tenantId, statuses, whose, jobId, dueFrom, dueTo, sort, order, after, limit);
  }

  public boolean matches(Versioned<Task> stored) {
    Task task = stored.document();
    if (!stored.tenantId().equals(tenantId)) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(task.status())) {
      return false;
    }
    if (!whose.include(task.assignee())) {
      return false;
    }
    if (jobId != null && !jobId.toString().equals(task.jobId())) {
      return false;
    }
    if (dueFrom != null || dueTo != null) {
      LocalDate due = task.dueDate();
      return due != null && (dueFrom == null || !due.isBefore(dueFrom)) && (dueTo == null || !due.isAfter(dueTo));
    }
    return true;
  }

  /** The order of the list: the sort key, then the task id, both in {@link #order}. */
  public Comparator<Versioned<Task>> comparator() {
    Comparator<Versioned<Task>> ascending = Comparator.comparing(this::key).thenComparing(Versioned::streamId);
    return order == SortOrder.ASC ? ascending : ascending.reversed();
  }

  /** Whether {@code task} comes after the cursor's task in this order (always, without a cursor). */
  public boolean isAfterCursor(Versioned<Task> task) {
    if (after == null) {
      return true;
    }
    int byKey = key(task).compareTo(cursorKey());
    int compared = byKey != 0 ? byKey : task.streamId().compareTo(after.taskId());
    return order == SortOrder.ASC ? compared > 0 : compared < 0;
  }

  @SuppressWarnings("unchecked")
  private Comparable<Object> key(Versioned<Task> task) {
    return (Comparable<Object>) sort.keyOf(task.document());
  }

  @SuppressWarnings("unchecked")
  private Comparable<Object> cursorKey() {
    return (Comparable<Object>) after.key();
  }
}
