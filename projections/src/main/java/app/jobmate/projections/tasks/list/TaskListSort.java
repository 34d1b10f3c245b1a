package app.jobmate.projections.tasks.list;

import app.jobmate.projections.query.SortOrder;
import app.jobmate.projections.tasks.Task;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders the task lists offer, each on one stored, never absent field of {@link Task}, ties
 * broken by the task's id:
 * <ul>
 *   <li>{@code queue}: unfinished tasks first, then by due date (undated last), then the most urgent: the work order of "my tasks";</li>
 *   <li>{@code due}: by due date (undated last), then the most urgent;</li>
 *   <li>{@code priority}: the most urgent first, then by due date;</li>
 *   <li>{@code created}, {@code updated}: by time, newest first by default.</li>
 * </ul>
 */
public enum TaskListSort {
  QUEUE("queue", "queueKey", SortOrder.ASC, Task::queueKey),
  DUE("due", "dueKey", SortOrder.ASC, Task::dueKey),
  PRIORITY("priority", "priorityKey", SortOrder.ASC, Task::priorityKey),
  CREATED("created", "createdAt", SortOrder.DESC, Task::createdAt),
  UPDATED("updated", "updatedAt", SortOrder.DESC, Task::updatedAt);

  private final String wireName;
  private final String field;
  private final SortOrder defaultOrder;
  private final Function<Task, ? extends Comparable<?>> key;

  TaskListSort(String wireName, String field, SortOrder defaultOrder, Function<Task, ? extends Comparable<?>> key) {
    this.wireName = wireName;
    this.field = field;
    this.defaultOrder = defaultOrder;
    this.key = key;
  }

  public String wireName() {
    return wireName;
  }

  /** The field of {@link Task} sorted on. */
  public String field() {
    return field;
  }

  /** The order used when the caller names none. */
  public SortOrder defaultOrder() {
    return defaultOrder;
  }

  /** The task's sort key: a {@code String} or an {@code Instant}, never {@code null}. */
  public Comparable<?> keyOf(Task task) {
    return key.apply(task);
  }

  public static Optional<TaskListSort> find(String wireName) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
  }
}
