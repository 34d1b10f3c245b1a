package app.jobmate.notifications.push;

import app.jobmate.events.StreamId;

/**
 * Has a subject flushed once a coalescing window has passed, or a message resent to one connection
 * (an SQS message with {@code DelaySeconds}).
 */
public interface FlushScheduler {

  /**
   * Schedules one flush of {@code subject}, a window from now. A flush may run more than once
   * (at least once), never less.
   *
   * @throws RuntimeException when it could not be scheduled
   */
  void schedule(StreamId subject);

  /**
   * Schedules {@code resend}, a window from now: one message for one connection that a flush could
   * not reach. It is retried until it is delivered, or ends in the flush queue's dead-letter queue.
   *
   * @throws RuntimeException when it could not be scheduled
   */
  void resend(Resend resend);
}
