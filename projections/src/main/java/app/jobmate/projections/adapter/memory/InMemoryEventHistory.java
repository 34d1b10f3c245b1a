package app.jobmate.projections.adapter.memory;

import app.jobmate.events.EventEnvelope;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.events.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** An event store in memory: what tests and the benchmark append is what the projector and rebuilds read. */
public final class InMemoryEventHistory implements EventHistory {

  private final Map<StreamId, List<EventEnvelope>> streams = new ConcurrentHashMap<>();

  /** Appends the events of one commit; versions must follow on from the stream's last. */
  public void append(List<EventEnvelope> commit) {
    for (EventEnvelope envelope : commit) {
      List<EventEnvelope> stream = streams.computeIfAbsent(StreamId.of(envelope), s -> new ArrayList<>());
      synchronized (stream) {
        if (envelope.version() != stream.size() + 1) {
          throw new IllegalArgumentException("stream " + StreamId.of(envelope).key() + " is at version " + stream.size()
              + "; cannot append version " + envelope.version());
        }
        stream.add(envelope);
      }
    }
  }

  @Override
  public List<EventEnvelope> read(StreamId stream, long fromVersion) {
    List<EventEnvelope> events = streams.get(stream);
    if (events == null) {
      return List.of();
    }
    synchronized (events) {
      return List.copyOf(events.subList((int) Math.min(events.size(), Math.max(0, fromVersion - 1)), events.size()));
    }
  }

  @Override
  public void forEachStream(String streamType, Consumer<StreamId> action) {
    List.copyOf(streams.keySet()).stream().filter(s -> s.streamType().equals(streamType)).forEach(action);
  }
}
