package app.jobmate.notifications.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import java.time.Duration;

/**
 * What both halves of pushing read: the flush queue and the coalescing window
 * ({@code FLUSH_QUEUE_URL}, {@code COALESCING_WINDOW_SECONDS}, 2 by default).
 *
 * @param lease how long a pending marker holds: longer than a window and a flush (the function's
 *              30 s timeout), shorter than the push queue's visibility timeout (180 s), so that a
 *              marker whose flush was never scheduled lapses before the change that took it comes back
 */
record PushSettings(String flushQueueUrl, Duration window, Duration lease) {

  private static final int DEFAULT_WINDOW_SECONDS = 2;
  private static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

  static PushSettings of(FunctionSettings settings) {
    Duration window = Duration.ofSeconds(settings.getInt("COALESCING_WINDOW_SECONDS", DEFAULT_WINDOW_SECONDS));
    return new PushSettings(settings.require("FLUSH_QUEUE_URL"), window, window.plus(LEASE_MARGIN));
  }
}
