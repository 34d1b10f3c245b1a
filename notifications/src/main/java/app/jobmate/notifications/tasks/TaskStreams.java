package app.jobmate.notifications.tasks;

import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;

/**
 * A task's stream, {@code <tenantId>#task#<taskId>}: what the due-date index lists and what a day's
 * reminder is about. Its id is the task id in canonical form, as the index's keys hold it.
 */
public final class TaskStreams {

  private TaskStreams() {
  }

  public static StreamId of(TenantId tenant, TaskId task) {
    return new StreamId(tenant, TaskEvents.STREAM, task.toString());
  }

  /**
   * {@code stream}, if it is a task's.
   *
   * @throws IllegalArgumentException for another stream type, or an id that is not a task id in canonical form
   */
  public static StreamId require(StreamId stream) {
    if (stream == null || !stream.streamType().equals(TaskEvents.STREAM)
        || !TaskId.of(stream.streamId()).toString().equals(stream.streamId())) {
      throw new IllegalArgumentException("not a task's stream: " + stream);
    }
    return stream;
  }

  /** The task whose stream this is. */
  public static TaskId taskId(StreamId stream) {
    return TaskId.of(require(stream).streamId());
  }
}
