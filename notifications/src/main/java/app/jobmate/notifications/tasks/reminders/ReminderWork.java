package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.tasks.TaskStreams;
import java.time.LocalDate;

/** A piece of a day's reminders, waiting on the reminder queue; each is done at least once. */
public sealed interface ReminderWork {

  /** The day (Europe/London) whose reminders this is part of. */
  LocalDate day();

  /**
   * List a page of the tasks due on {@code day}, after {@code after} (from the first when null),
   * queue a {@link Remind} for each, and a {@code Plan} of the next page if there is one.
   */
  record Plan(LocalDate day, StreamId after) implements ReminderWork {
    public Plan {
      if (day == null) {
        throw new IllegalArgumentException("day is required");
      }
      if (after != null) {
        TaskStreams.require(after);
      }
    }
  }

  /** Remind the assignee of {@code task} that it is due on {@code day}, once. */
  record Remind(LocalDate day, StreamId task) implements ReminderWork {
    public Remind {
      if (day == null || task == null) {
        throw new IllegalArgumentException("day and task are required");
      }
      TaskStreams.require(task);
    }
  }

  /**
   * List a page of the people with a visit on {@code day}, after {@code after} (the position the
   * previous page gave; from the first when null), queue a {@link RemindMember} for each, and a
   * {@code PlanVisits} of the next page if there is one. Planned once the tasks' pages are done.
   */
  record PlanVisits(LocalDate day, String after) implements ReminderWork {
    public PlanVisits {
      if (day == null) {
        throw new IllegalArgumentException("day is required");
      }
      if (after != null && after.isBlank()) {
        throw new IllegalArgumentException("after is absent or a position");
      }
    }
  }

  /** Send {@code member} of {@code tenant} the day's reminder (their visits and tasks due on {@code day}), once. */
  record RemindMember(LocalDate day, TenantId tenant, UserId member) implements ReminderWork {
    public RemindMember {
      if (day == null || tenant == null || member == null) {
        throw new IllegalArgumentException("day, tenant and member are required");
      }
    }
  }
}
