package app.jobmate.projections.tasks;

import app.jobmate.projections.core.Projection;
import java.util.List;

/**
 * The read models of the tasks context: one document per task. "My tasks" and the lists are
 * queries over it; the open and overdue tasks by assignee are aggregated from it at query time.
 */
public final class TaskProjections {

  private TaskProjections() {
  }

  public static List<Projection<?, ?>> all() {
    return List.of(new TaskProjection());
  }
}
