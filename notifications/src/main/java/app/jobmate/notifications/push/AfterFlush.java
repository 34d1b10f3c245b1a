package app.jobmate.notifications.push;

import app.jobmate.events.StreamId;
import java.util.List;

/**
 * What a context keeps from its subjects' streams, brought up to date by every flush of one of
 * them after people were told — even when a send failed, so that a connection that keeps failing
 * cannot hold it back. A flush runs at least once, and two flushes of one subject may run at once
 * (the one that read the older stream writing last): what it writes must be idempotent, and the
 * later stream version must win.
 */
@FunctionalInterface
public interface AfterFlush {

  /**
   * @param stream the subject's whole stream as the store holds it, upcast and decoded, in version order; never empty
   * @throws RuntimeException when it could not be kept: the flush fails and runs again
   */
  void flushed(StreamId subject, List<Delivered> stream);
}
