package app.jobmate.projections.tasks.page;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.tasks.Task;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/** The task page as the API answers it: the task's id, version, whole document, and whether it is overdue today. */
public record TaskView(String taskId, long version, @JsonUnwrapped Task task, boolean overdue) {

  public static TaskView of(Versioned<Task> task, LocalDate today) {
    return new TaskView(task.streamId(), task.version(), task.document(), task.document().overdueOn(today));
  }
}
