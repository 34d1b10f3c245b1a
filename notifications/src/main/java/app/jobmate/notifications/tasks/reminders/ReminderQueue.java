package app.jobmate.notifications.tasks.reminders;

import java.util.List;

/** Where the work of a day's reminders waits to be done (an SQS queue), at least once, by {@link DueTodayReminders#handle}. */
public interface ReminderQueue {

  /**
   * Queues every piece of {@code work}; nothing at all for an empty list.
   *
   * @throws RuntimeException when some could not be queued: the caller's own work is done again
   */
  void send(List<ReminderWork> work);
}
