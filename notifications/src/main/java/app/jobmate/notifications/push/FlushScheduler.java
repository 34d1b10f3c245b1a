package app.jobmate.notifications.push;

import app.jobmate.notifications.summaries.Subject;

/** Has a subject flushed once a coalescing window has passed (an SQS message with {@code DelaySeconds}). */
public interface FlushScheduler {

  /**
   * Schedules one flush of {@code subject}, a window from now. A flush may run more than once
   * (at least once), never less.
   *
   * @throws RuntimeException when it could not be scheduled
   */
  void schedule(Subject subject);
}
