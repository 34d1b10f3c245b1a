package app.jobmate.commands.outbox;

import app.jobmate.commands.outbox.EventPublisher.Outcome;
import app.jobmate.commands.outbox.EventPublisher.PublishUnavailable;
import app.jobmate.events.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Publishes the events of new commits, taken from the events table's stream (docs/architecture.md, "The write side": the commit
 * is the outbox). Entries go ten to a call; only the entries that failed are sent again, after a
 * backoff with full jitter. A record whose entries cannot be published (a permanent error, or the
 * retries or the time ran out) is reported failed, so the event source mapping retries it, bisects,
 * and in the end hands it to its on-failure destination. An event may be published twice; never lost.
 */
public final class OutboxRelay {

  /** A record of the table's stream: its sequence number, and the events of the commit it inserted. */
  public record StreamRecord(String sequenceNumber, List<EventEnvelope> events) {
    public StreamRecord {
      events = List.copyOf(events);
    }
  }

  /** How hard to try: attempts per entry and the backoff between rounds. */
  public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(3));
  }

  /** Waits between rounds; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private final EventPublisher publisher;
  private final RetryPolicy policy;
  private final Pause pause;
  private final RandomGenerator random;

  public OutboxRelay(EventPublisher publisher, RetryPolicy policy, Pause pause, RandomGenerator random) {
    this.publisher = publisher;
    this.policy = policy;
    this.pause = pause;
    this.random = random;
  }

  /**
   * Publishes every event of {@code records} and answers the earliest record that failed, if any:
   * the event source mapping resumes from the lowest sequence number reported, so it and every
   * record after it are retried (duplicates downstream are allowed).
   *
   * @param budget the time there is; no new round starts after it
   */
  public Optional<String> relay(List<StreamRecord> records, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    List<Pending> pending = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      for (EventEnvelope event : records.get(r).events()) {
        pending.add(new Pending(r, PublishEntry.of(event)));
      }
    }
    boolean[] failed = new boolean[records.size()];
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<Pending> again = new ArrayList<>();
      for (List<Pending> call : calls(pending, failed)) {
        again.addAll(publish(call, failed));
      }
      pending = again;
      if (pending.isEmpty()) {
        break;
      }
      if (attempt >= policy.maxAttempts() || !waitBeforeRound(attempt, deadline)) {
        pending.forEach(p -> failed[p.record()] = true);
        break;
      }
    }
    for (int r = 0; r < records.size(); r++) {
      if (failed[r]) {
        return Optional.of(records.get(r).sequenceNumber());
      }
    }
    return Optional.empty();
  }

  /** Sends one call; answers the entries to send again. */
  private List<Pending> publish(List<Pending> call, boolean[] failed) {
    List<Outcome> outcomes;
    try {
      outcomes = publisher.publish(call.stream().map(Pending::entry).toList());
    } catch (PublishUnavailable unavailable) {
      if (unavailable.retryable()) {
        return call; // the outcome is unknown: some may be on the bus already, which is allowed
      }
      call.forEach(p -> failed[p.record()] = true);
      return List.of();
    }
    List<Pending> again = new ArrayList<>();
    for (int i = 0; i < call.size(); i++) {
      switch (outcomes.get(i)) {
        case Outcome.Published published -> { }
        case Outcome.Failed f when f.retryable() -> again.add(call.get(i));
        case Outcome.Failed f -> failed[call.get(i).record()] = true;
      }
    }
    return again;
  }

  /** Entries grouped into calls of at most ten and 256 KB; an entry too big for any call fails its record. */
  private static List<List<Pending>> calls(List<Pending> pending, boolean[] failed) {
    List<List<Pending>> calls = new ArrayList<>();
    List<Pending> call = new ArrayList<>();
    int bytes = 0;
    for (Pending p : pending) {
      int size = p.entry().size();
      if (size > EventPublisher.MAX_CALL_BYTES) {
        failed[p.record()] = true;
        continue;
      }
      if (call.size() == EventPublisher.MAX_ENTRIES || bytes + size > EventPublisher.MAX_CALL_BYTES) {
        calls.add(call);
        call = new ArrayList<>();
        bytes = 0;
      }
      call.add(p);
      bytes += size;
    }
    if (!call.isEmpty()) {
      calls.add(call);
    }
    return calls;
  }

  /** Exponential backoff with full jitter; false when the next round would not fit in the budget. */
  private boolean waitBeforeRound(int attempt, long deadline) {
    long ceiling = Math.min(policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << Math.min(attempt - 1, 20));
    Duration delay = Duration.ofMillis(random.nextLong(ceiling + 1));
    if (System.nanoTime() + delay.toNanos() >= deadline) {
      return false;
    }
    try {
      pause.pause(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Pending(int record, PublishEntry entry) {
  }
}
