package app.jobmate.notifications.tasks.due;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.LocalDate;

/** An entry of the due-date index: {@code task} (its stream) is due on {@code dueDate}, and {@code assignee} has it, as of {@code version} of its stream. */
public record DueTask(StreamId task, LocalDate dueDate, UserId assignee, long version) {

  public DueTask {
    if (task == null || dueDate == null || assignee == null || version < 1) {
      throw new IllegalArgumentException("task, dueDate, assignee and a version of at least 1 are required");
    }
    TaskStreams.require(task);
  }
}
