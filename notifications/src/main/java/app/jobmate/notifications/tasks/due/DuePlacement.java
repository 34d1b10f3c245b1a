package app.jobmate.notifications.tasks.due;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Where one task belongs in the due-date index as of {@code version} of its stream: listed under
 * {@code dueDate} for {@code assignee} while it is open or in progress, assigned and dated (both
 * absent otherwise), and under none of the {@code unlisted} dates — every other due date it was
 * ever given, so that a move or an ending takes it off wherever it was listed.
 */
public record DuePlacement(StreamId task, long version, LocalDate dueDate, UserId assignee, Set<LocalDate> unlisted) {

  public DuePlacement {
    if (task == null || version < 1 || unlisted == null) {
      throw new IllegalArgumentException("task, unlisted dates and a version of at least 1 are required");
    }
    TaskStreams.require(task);
    if ((dueDate == null) != (assignee == null)) {
      throw new IllegalArgumentException("a listed task has both a due date and an assignee");
    }
    unlisted = Set.copyOf(unlisted);
    if (dueDate != null && unlisted.contains(dueDate)) {
      throw new IllegalArgumentException("a task is not listed and unlisted on " + dueDate);
    }
  }

  /** The entry this placement lists, if it lists one. */
  public Optional<DueTask> listed() {
    return dueDate == null ? Optional.empty() : Optional.of(new DueTask(task, dueDate, assignee, version));
  }
}
