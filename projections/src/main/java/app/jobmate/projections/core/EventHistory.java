package app.jobmate.projections.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.EventEnvelope;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event store as the read side sees it: the truth, from which the projector takes everything it
 * applies (the bus only says which streams have news) and rebuilds read whole streams. Envelopes
 * come back as stored; the projector upcasts them when it decodes.
 */
public interface EventHistory {

  /** The envelopes of {@code stream} from {@code fromVersion} on, in version order; empty for an unknown stream. */
  List<EventEnvelope> read(StreamId stream, long fromVersion);

  /**
   * Calls {@code action} once for every stream of {@code streamType} that exists when the call
   * starts (streams created meanwhile may or may not be included). It may call {@code action}
   * from several threads at once.
   */
  void forEachStream(String streamType, Consumer<StreamId> action);
}
