package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.Actor;
import app.jobmate.events.EventEnvelope;
import java.time.Instant;
import java.util.List;

/**
 * The events of one command, appended to a stream at once (docs/architecture.md, "The write side"): commit {@code number} 1, 2,
 * 3, ... within the stream. It is also the outbox: the relay publishes its events. It keeps the
 * command's id and payload hash so a retried command finds its first result.
 */
public record Commit(StreamId stream, long number, String commandId, String payloadHash, String correlationId,
                     String causationId, Actor actor, Instant committedAt, List<EventEnvelope> events) {

  public Commit {
    if (stream == null || commandId == null || payloadHash == null || committedAt == null) {
      throw new IllegalArgumentException("stream, commandId, payloadHash and committedAt are required");
    }
    if (number < 1) {
      throw new IllegalArgumentException("commit numbers start at 1");
    }
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a commit holds at least one event");
    }
    for (int i = 1; i < events.size(); i++) {
      if (events.get(i).version() != events.get(i - 1).version() + 1) {
        throw new IllegalArgumentException("the events of a commit have consecutive versions");
      }
    }
  }

  /**
   * Whether {@code other} is this very commit sent again (its answer was lost and the transport
   * retried), not the same command decided anew: each attempt gives its events new ids.
   */
  public boolean isSameAttemptAs(Commit other) {
    return commandId.equals(other.commandId) && events.getFirst().eventId().equals(other.events.getFirst().eventId());
  }

  public long firstVersion() {
    return events.getFirst().version();
  }

  public long lastVersion() {
    return events.getLast().version();
  }
}
