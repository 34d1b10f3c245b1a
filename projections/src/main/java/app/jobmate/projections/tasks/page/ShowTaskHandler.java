package app.jobmate.projections.tasks.page;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.tasks.Task;
import app.jobmate.projections.tasks.TaskProjection;
import app.jobmate.projections.tasks.TaskVisibility;
import java.util.Optional;

/**
 * Answers {@link ShowTask} for a viewer: the task page, or nothing when the tenant has no such task
 * or the viewer may not see it (staff cannot tell a task that is not theirs from one that does not
 * exist).
 */
public final class ShowTaskHandler {

  private final ReadModels readModels;

  public ShowTaskHandler(ReadModels readModels) {
    this.readModels = readModels;
  }

  public Optional<TaskView> handle(ShowTask query, Viewer viewer) {
    return readModels.findActive(TaskProjection.NAME, Task.class, DocumentId.of(query.tenantId(), query.taskId()))
        .filter(task -> TaskVisibility.maySee(viewer, task.document()))
        .map(task -> TaskView.of(task, query.today()));
  }
}
