package app.jobmate.commands.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handles a command for any aggregate (docs/architecture.md, "The write side"): load the stream, fold it, decide, append one
 * commit at the next commit number. A command already handled (same command id) returns its first
 * result; a concurrent append makes it start over, a bounded number of times.
 */
public final class CommandService {

  /** Before deciding, a chance to complete the command from the state (to take a quote number, say). */
  @FunctionalInterface
  public interface Preparation<C, S> {
    C prepare(C command, S state);
  }

  private final EventStore store;
  private final EventCodec codec;
  private final int maxAttempts;

  public CommandService(EventStore store, EventCodec codec, int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.store = store;
    this.codec = codec;
    this.maxAttempts = maxAttempts;
  }

  public CommandService(EventStore store) {
    this(store, EventCodec.standard(), 5);
  }

  public <C, S, E extends DomainEvent> CommandResult handle(StreamId stream, C command, CommandContext context,
                                                           Decider<C, S, E> decider) {
    return handle(stream, command, context, decider, (c, s) -> c);
  }

  public <C, S, E extends DomainEvent> CommandResult handle(StreamId stream, C command, CommandContext context,
                                                           Decider<C, S, E> decider, Preparation<C, S> preparation) {
    for (int attempt = 1; ; attempt++) {
      List<Commit> commits = store.read(stream);
      Optional<Commit> earlier = commits.stream().filter(c -> c.commandId().equals(context.commandId())).findFirst();
      if (earlier.isPresent()) {
        return replay(earlier.get(), context);
      }
      long version = commits.isEmpty() ? 0 : commits.getLast().lastVersion();
      if (context.expectedVersion().isPresent() && context.expectedVersion().getAsLong() != version) {
        throw staleVersion(stream, version, context.expectedVersion().getAsLong());
      }
      S state = fold(decider, commits);
      List<E> decided = decider.decide(preparation.prepare(command, state), state);
      if (decided.isEmpty()) {
        return new CommandResult(stream, version, List.of(), false);
      }
      Commit commit = commit(stream, commits.size() + 1, version, decided, context);
      try {
        EventStore.AppendResult appended = store.append(commit);
        return appended.alreadyAppended() ? replay(appended.commit(), context)
            : new CommandResult(stream, commit.lastVersion(), commit.events(), false);
      } catch (EventStore.ConcurrencyConflict conflict) {
        if (context.expectedVersion().isPresent()) {
          // the sender decided on a version that is no longer current: let them look again
          List<Commit> now = store.read(stream);
          throw staleVersion(stream, now.isEmpty() ? 0 : now.getLast().lastVersion(), context.expectedVersion().getAsLong());
        }
        if (attempt >= maxAttempts) {
          throw Rejection.conflict("command.concurrent-update",
              "the record kept changing while this command was handled; try again");
        }
      } catch (EventStore.IdempotencyMismatch mismatch) {
        throw idempotencyMismatch();
      }
    }
  }

  private <C, S, E extends DomainEvent> S fold(Decider<C, S, E> decider, List<Commit> commits) {
    List<EventEnvelope> stored = new ArrayList<>();
    commits.forEach(c -> stored.addAll(c.events()));
    S state = decider.initialState();
    for (DomainEvent event : codec.decode(stored)) {
      state = decider.evolve(state, decider.eventType().cast(event));
    }
    return state;
  }

  private <E extends DomainEvent> Commit commit(StreamId stream, long number, long version, List<E> events,
                                                CommandContext context) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    for (E event : events) {
      EventType<?> type = codec.typeOf(event);
      version++;
      envelopes.add(new EventEnvelope(UuidV7.at(context.receivedAt()).toString(), type.name(), type.schemaVersion(),
          stream.tenantId(), stream.streamType(), stream.streamId(), version, context.receivedAt(), context.commandId(),
          context.correlationId(), context.causationId(), context.actor(), codec.encode(event)));
    }
    return new Commit(stream, number, context.commandId(), context.payloadHash(), context.correlationId(),
        context.causationId(), context.actor(), context.receivedAt(), envelopes);
  }

  private static CommandResult replay(Commit earlier, CommandContext context) {
    if (!earlier.payloadHash().equals(context.payloadHash())) {
      throw idempotencyMismatch();
    }
    return new CommandResult(earlier.stream(), earlier.lastVersion(), earlier.events(), true);
  }

  private static Rejection staleVersion(StreamId stream, long actual, long expected) {
    return Rejection.conflict("command.stale-version",
        "expected version " + expected + " but " + stream.streamType() + " " + stream.streamId() + " is at version " + actual
            + "; reload it and try again");
  }

  private static Rejection idempotencyMismatch() {
    return Rejection.unprocessable("command.idempotency-key-reused",
        "this Idempotency-Key was already used for a different request");
  }
}
