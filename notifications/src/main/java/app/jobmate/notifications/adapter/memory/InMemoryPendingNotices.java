package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.push.PendingNotices;
import app.jobmate.events.StreamId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The debounce's state in memory, for tests and the benchmark harness; markers lapse by {@code clock}. */
public final class InMemoryPendingNotices implements PendingNotices {

  private final Clock clock;
  private final Duration lease;
  private final Map<StreamId, State> states = new HashMap<>();

  public InMemoryPendingNotices(Clock clock, Duration lease) {
    this.clock = clock;
    this.lease = lease;
  }

  @Override
  public synchronized Marked mark(StreamId subject, long version) {
    State state = state(subject);
    if (version <= state.toldVersion()) {
      return new Marked.AlreadyTold();
    }
    Instant now = clock.instant();
    if (state.pendingUntil() != null && state.pendingUntil().isAfter(now)) {
      states.put(subject, new State(state.toldVersion(), state.revision() + 1, state.pendingUntil()));
      return new Marked.FlushPending();
    }
    Instant until = now.plus(lease);
    states.put(subject, new State(state.toldVersion(), state.revision() + 1, until));
    return new Marked.FlushDue(until);
  }

  @Override
  public synchronized void unmark(StreamId subject, Marked.FlushDue marked) {
    State state = state(subject);
    if (marked.until().equals(state.pendingUntil())) {
      states.put(subject, new State(state.toldVersion(), state.revision(), null));
    }
  }

  @Override
  public synchronized Pending pending(StreamId subject) {
    State state = state(subject);
    return new Pending(state.toldVersion(), state.revision());
  }

  @Override
  public synchronized boolean settle(StreamId subject, Pending read, long toldVersion) {
    State state = state(subject);
    long told = Math.max(state.toldVersion(), toldVersion);
    if (state.revision() == read.revision()) {
      states.put(subject, new State(told, state.revision(), null));
      return true;
    }
    states.put(subject, new State(told, state.revision(), clock.instant().plus(lease)));
    return false;
  }

  private State state(StreamId subject) {
    return states.getOrDefault(subject, new State(0, 0, null));
  }

  private record State(long toldVersion, long revision, Instant pendingUntil) {
  }
}
