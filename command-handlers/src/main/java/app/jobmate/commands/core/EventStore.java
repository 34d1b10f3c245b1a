package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import java.util.List;

/**
 * The event store, which is also the outbox (docs/architecture.md, "The write side"). Streams are short, so they are read
 * whole. History is linear: a commit number is taken once, by one command.
 */
public interface EventStore {

  /**
   * Every commit of the stream in commit order; empty for a stream never written. A commit reads
   * back as it was appended, equal as JSON field by field (decimals to the last digit, instants to
   * the nanosecond); a store that keeps JSON cannot tell whether a number's node was an int or a
   * long, so compare envelopes' {@code data} as JSON, not by {@code JsonNode.equals}.
   */
  List<Commit> read(StreamId stream);

  /**
   * Appends {@code commit} as commit {@code commit.number()} of its stream, which must be the one
   * after the last.
   *
   * <p>When the commit number is already taken, nothing is appended. If the stream holds this very
   * commit ({@link Commit#isSameAttemptAs}: the store's answer to it was lost and it was sent again),
   * that is this append's success. If it holds a commit of the same command id decided anew (a
   * retried command), that commit is returned, marked {@link AppendResult#alreadyAppended()}, when
   * its payload hash matches, and
   * {@link IdempotencyMismatch} is thrown when it does not. Otherwise another command came first:
   * {@link ConcurrencyConflict}. A command retried after the stream moved on is caught by the
   * command service, which reads the stream before deciding.
   *
   * <p>{@code commit.number()} must be the one after the last commit the caller read. A number
   * further on is a caller error that a store need not detect: DynamoDB's conditional put sees
   * only the item it writes.
   *
   * @throws ConcurrencyConflict when another command took the commit number first
   * @throws IdempotencyMismatch when this command id already appended a different payload
   */
  AppendResult append(Commit commit);

  /** The commit now in the store for the command, and whether an earlier attempt had put it there. */
  record AppendResult(Commit commit, boolean alreadyAppended) {
  }

  /** Another command appended to the stream since it was read. */
  final class ConcurrencyConflict extends RuntimeException {
    public ConcurrencyConflict(StreamId stream, long number) {
      super("commit " + number + " of " + stream + " was taken by another command");
    }
  }

  /** A command id used again with a different payload. */
  final class IdempotencyMismatch extends RuntimeException {
    public IdempotencyMismatch(String commandId) {
      super("command id " + commandId + " was already used for a different request");
    }
  }
}
