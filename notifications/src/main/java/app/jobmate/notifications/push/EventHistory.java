package app.jobmate.notifications.push;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import java.util.List;

/**
 * A subject's stream as the event store holds it: the truth every message is built from (the bus
 * only says that something changed, at least once and in any order).
 */
public interface EventHistory {

  /**
   * The envelopes of {@code subject}'s stream from {@code fromVersion} on, as stored (not upcast),
   * in version order; empty for a stream that does not exist. A read sees every event committed
   * before it started.
   */
  List<EventEnvelope> read(StreamId subject, long fromVersion);
}
