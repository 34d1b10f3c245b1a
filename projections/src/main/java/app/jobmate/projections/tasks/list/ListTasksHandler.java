package app.jobmate.projections.tasks.list;

import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.tasks.TaskVisibility;
import java.time.LocalDate;

/**
 * Answers {@link ListTasks} for a viewer: the list they may see (staff, their own tasks), one page
 * in its order, each task overdue or not on {@code today}.
 */
public final class ListTasksHandler {

  private final TaskListQueries list;

  public ListTasksHandler(TaskListQueries list) {
    this.list = list;
  }

  /** @throws NotAllowed when the viewer asked for tasks they may not see */
  public TaskListView handle(ListTasks asked, Viewer viewer, LocalDate today) {
    ListTasks query = asked.showing(TaskVisibility.whose(viewer, asked.whose()));
    TaskPage page = list.list(query);
    return new TaskListView(page.items().stream().map(task -> TaskListView.Entry.of(task, today)).toList(),
        page.next().map(TaskCursor::encode).orElse(null), query.limit());
  }
}
