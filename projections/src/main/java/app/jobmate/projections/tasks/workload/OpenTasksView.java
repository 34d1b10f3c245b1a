package app.jobmate.projections.tasks.workload;

import app.jobmate.projections.tasks.list.TaskListView;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee.Figures;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * The open and overdue tasks by assignee as the API answers it: the report's figures per assignee,
 * for the tasks no one has, and in total; each bucket's longest overdue tasks when they were asked
 * for ({@code overdueTasks} absent when not); and how many were asked for.
 */
public record OpenTasksView(LocalDate today, LocalDate weekEnds, List<Assignee> assignees, Unassigned unassigned,
                            Figures total, int overdueTasks) {

  public OpenTasksView {
    assignees = List.copyOf(assignees);
  }

  public record Assignee(String assignee, @JsonUnwrapped Figures figures, List<OverdueTask> overdueTasks) {
  }

  public record Unassigned(@JsonUnwrapped Figures figures, List<OverdueTask> overdueTasks) {
  }

  /** An overdue task as a list shows it, and by how many days it is overdue. */
  public record OverdueTask(@JsonUnwrapped TaskListView.Entry task, long daysOverdue) {
  }
}
