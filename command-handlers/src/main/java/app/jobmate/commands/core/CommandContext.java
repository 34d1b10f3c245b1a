package app.jobmate.commands.core;

import app.jobmate.events.Actor;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * What travels with a command besides its data: its id (the Idempotency-Key, or generated), the
 * hash of its payload, who sent it, the correlation and causation ids, when it was received, and
 * the stream version the sender last saw, if it said.
 */
public record CommandContext(String commandId, String payloadHash, Actor actor, String correlationId,
                             String causationId, Instant receivedAt, OptionalLong expectedVersion) {

  public CommandContext {
    if (commandId == null || commandId.isBlank() || payloadHash == null || actor == null || receivedAt == null) {
      throw new IllegalArgumentException("commandId, payloadHash, actor and receivedAt are required");
    }
    correlationId = correlationId == null ? commandId : correlationId;
    causationId = causationId == null ? commandId : causationId;
    expectedVersion = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
  }
}
