package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.EventEnvelope;
import java.util.List;

/**
 * The outcome of a command: the stream's version after it and the events it recorded.
 * {@code replayed} is true when this command had already been handled (a retry) and nothing new
 * was written.
 */
public record CommandResult(StreamId stream, long version, List<EventEnvelope> events, boolean replayed) {

  public CommandResult {
    events = List.copyOf(events);
  }
}
