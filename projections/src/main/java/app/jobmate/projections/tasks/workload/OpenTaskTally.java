package app.jobmate.projections.tasks.workload;

import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the aggregation returns: a tenant's unfinished tasks counted by assignee, status and due
 * date. Whether a task is overdue depends on the day the report is asked for, so the tally keeps
 * the due dates and {@link OpenTasksByAssignee} decides. Rows are merged by key and kept in key
 * order, so two tallies of the same tasks are equal however they were grouped.
 */
public record OpenTaskTally(List<Row> rows) {

  private static final Comparator<Row> ORDER = Comparator
      .comparing(Row::assignee, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Row::status)
      .thenComparing(Row::dueDate, Comparator.nullsFirst(Comparator.naturalOrder()));

  public OpenTaskTally {
    Map<Row, Long> merged = new TreeMap<>(ORDER);
    for (Row row : rows) {
      merged.merge(new Row(row.assignee(), row.status(), row.dueDate(), 0), row.count(), Long::sum);
    }
    List<Row> normalized = new ArrayList<>();
    merged.forEach((key, count) -> normalized.add(new Row(key.assignee(), key.status(), key.dueDate(), count)));
    rows = List.copyOf(normalized);
  }

  /**
   * @param assignee absent for the tasks no one has
   * @param status   open or in progress
   * @param dueDate  absent for tasks without one
   */
  public record Row(String assignee, TaskStatus status, LocalDate dueDate, long count) {
    public Row {
      Objects.requireNonNull(status, "status");
      if (status.isFinished()) {
        throw new IllegalArgumentException("the tally counts unfinished tasks only, not " + status);
      }
    }
  }

  /** The tally of {@code tasks}, computed in memory: what the aggregation must return too. */
  public static OpenTaskTally of(Stream<Task> tasks) {
    return new OpenTaskTally(tasks.filter(t -> !t.status().isFinished())
        .map(t -> new Row(t.assignee(), t.status(), t.dueDate(), 1)).toList());
  }
}
