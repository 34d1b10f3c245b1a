package app.jobmate.projections.tasks.workload;

import app.jobmate.events.values.UserId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.list.ListTasks;
import app.jobmate.projections.tasks.list.TaskListQueries;
import app.jobmate.projections.tasks.list.TaskListView;
import app.jobmate.projections.tasks.list.WhoseTasks;
import app.jobmate.projections.tasks.workload.OpenTasksByAssignee.Figures;
import java.util.List;

/**
 * Answers {@link ShowOpenTasks}: the report from the aggregation's tally on the day it is asked for
 * and, when asked, each bucket's longest overdue tasks (one {@link ListTasks#overdue} query each).
 */
public final class ShowOpenTasksHandler {

  private final OpenTaskQueries open;
  private final TaskListQueries list;

  public ShowOpenTasksHandler(OpenTaskQueries open, TaskListQueries list) {
    this.open = open;
    this.list = list;
  }

  public OpenTasksView handle(ShowOpenTasks query) {
    OpenTasksByAssignee report = OpenTasksByAssignee.of(query.today(), open.tally(query.tenantId()));
    List<OpenTasksView.Assignee> assignees = report.assignees().stream()
        .map(a -> new OpenTasksView.Assignee(a.assignee(), a.figures(),
            overdue(query, new WhoseTasks.AssignedTo(UserId.of(a.assignee())), a.figures())))
        .toList();
    return new OpenTasksView(query.today(), report.weekEnds(), assignees,
        new OpenTasksView.Unassigned(report.unassigned(), overdue(query, new WhoseTasks.Unassigned(), report.unassigned())),
        report.total(), query.overdueTasks());
  }

  /** The bucket's longest overdue tasks, when asked for ({@code null}: not asked). */
  private List<OpenTasksView.OverdueTask> overdue(ShowOpenTasks query, WhoseTasks whose, Figures figures) {
    if (query.overdueTasks() == 0) {
      return null;
    }
    if (figures.overdue() == 0) {
      return List.of();
    }
    return list.list(ListTasks.overdue(query.tenantId(), whose, query.today(), query.overdueTasks())).items().stream()
        .map(task -> overdueTask(task, query))
        .toList();
  }

  private static OpenTasksView.OverdueTask overdueTask(Versioned<Task> task, ShowOpenTasks query) {
    return new OpenTasksView.OverdueTask(TaskListView.Entry.of(task, query.today()),
        query.today().toEpochDay() - task.document().dueDate().toEpochDay());
  }
}
