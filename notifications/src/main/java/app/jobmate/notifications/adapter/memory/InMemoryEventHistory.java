package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.EventEnvelope;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An event store in memory: what tests and the benchmark append is what flushes read. */
public final class InMemoryEventHistory implements EventHistory {

  private final Map<StreamId, List<EventEnvelope>> streams = new ConcurrentHashMap<>();

  /** Appends the events of one commit; versions must follow on from the stream's last. */
  public void append(List<EventEnvelope> commit) {
    for (EventEnvelope envelope : commit) {
      List<EventEnvelope> stream = streams.computeIfAbsent(StreamId.of(envelope), s -> new ArrayList<>());
      synchronized (stream) {
        if (envelope.version() != stream.size() + 1) {
          throw new IllegalArgumentException(StreamId.of(envelope) + " is at version " + stream.size()
              + "; cannot append version " + envelope.version());
        }
        stream.add(envelope);
      }
    }
  }

  @Override
  public List<EventEnvelope> read(StreamId subject, long fromVersion) {
    List<EventEnvelope> stream = streams.get(subject);
    if (stream == null) {
      return List.of();
    }
    synchronized (stream) {
      return List.copyOf(stream.subList((int) Math.min(stream.size(), Math.max(0, fromVersion - 1)), stream.size()));
    }
  }
}
