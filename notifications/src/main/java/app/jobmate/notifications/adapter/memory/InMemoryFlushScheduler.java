package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.push.FlushScheduler;
import app.jobmate.notifications.push.Resend;
import app.jobmate.events.StreamId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Flushes scheduled in memory, a window after {@code clock}'s now, for tests and the benchmark
 * harness: they take the due ones and run them. It can be made to fail, as SQS can.
 */
public final class InMemoryFlushScheduler implements FlushScheduler {

  private final Clock clock;
  private final Duration window;
  private final List<Scheduled> scheduled = new ArrayList<>();
  private final List<Resend> resends = new ArrayList<>();
  private int failures;

  public InMemoryFlushScheduler(Clock clock, Duration window) {
    this.clock = clock;
    this.window = window;
  }

  /** A flush of {@code subject}, due at {@code dueAt}. */
  public record Scheduled(StreamId subject, Instant dueAt) {
  }

  @Override
  public synchronized void schedule(StreamId subject) {
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("the flush queue cannot be reached");
    }
    scheduled.add(new Scheduled(subject, clock.instant().plus(window)));
  }

  @Override
  public synchronized void resend(Resend resend) {
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("the flush queue cannot be reached");
    }
    resends.add(resend);
  }

  /** Takes the resends scheduled so far (their window is not modelled: a test runs them when it likes). */
  public synchronized List<Resend> takeResends() {
    List<Resend> taken = List.copyOf(resends);
    resends.clear();
    return taken;
  }

  /** The next {@code count} schedule or resend calls fail. */
  public synchronized void failNext(int count) {
    failures = count;
  }

  /** Every flush scheduled and not yet taken. */
  public synchronized List<Scheduled> scheduled() {
    return List.copyOf(scheduled);
  }

  /** Takes the flushes that are due now, in the order they were scheduled. */
  public synchronized List<StreamId> takeDue() {
    Instant now = clock.instant();
    List<Scheduled> due = scheduled.stream().filter(s -> !s.dueAt().isAfter(now)).toList();
    scheduled.removeAll(due);
    return due.stream().map(Scheduled::subject).toList();
  }
}
