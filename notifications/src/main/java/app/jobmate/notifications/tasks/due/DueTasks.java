package app.jobmate.notifications.tasks.due;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The index of open tasks by due date that notifications keep for the morning reminders
 * (docs/notifications.md, "Due today"). The flush feeds it from each task's stream as the store holds it; it is
 * not the read side's and never reads it. Per task and date, only the placement of the highest
 * stream version counts (a date a task left keeps a marker of the version that took it off), so
 * duplicate, late and concurrent placements leave the index as the latest placement says.
 */
public interface DueTasks {

  /**
   * Lists the task under the placement's due date, if it has one, and takes it off every unlisted
   * date, except where a placement of the same or a later version got there first.
   *
   * @throws RuntimeException when a write failed: place again (placing is idempotent)
   */
  void place(DuePlacement placement);

  /**
   * The tasks listed as due on {@code day}, in the index's order after {@code after} (from the
   * first when empty), at most {@code limit} of them.
   */
  Page dueOn(LocalDate day, Optional<StreamId> after, int limit);

  /**
   * The tasks listed as due on {@code day} in {@code tenant} for {@code assignee}, every one of
   * them (a person's tasks of one day: a handful), in the index's order.
   */
  List<DueTask> ofAssignee(LocalDate day, TenantId tenant, UserId assignee);

  /**
   * A page of a day's tasks; {@code next} is where the next page starts, absent when nothing
   * follows (a page, even a full one, may be followed by an empty one).
   */
  record Page(List<DueTask> tasks, Optional<StreamId> next) {
    public Page {
      tasks = List.copyOf(tasks);
      if (next == null) {
        throw new IllegalArgumentException("next is required (empty after the last page)");
      }
    }
  }
}
