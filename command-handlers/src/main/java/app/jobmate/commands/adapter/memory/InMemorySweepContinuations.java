package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.expiry.Sweep;
import app.jobmate.commands.expiry.SweepContinuations;
import java.util.ArrayList;
import java.util.List;

/** Continuations kept in order, for tests: a test runs them as the continuation queue would. */
public final class InMemorySweepContinuations implements SweepContinuations {

  private final List<Sweep> scheduled = new ArrayList<>();
  private int failures;

  @Override
  public synchronized void schedule(Sweep rest) {
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("the continuation queue refused the message (a test's outage)");
    }
    scheduled.add(rest);
  }

  /** The next {@code count} continuations fail, as a queue that cannot be reached would. */
  public synchronized void failNext(int count) {
    failures = count;
  }

  public synchronized List<Sweep> scheduled() {
    return List.copyOf(scheduled);
  }

  /** The continuations scheduled so far, forgotten as they are handed out. */
  public synchronized List<Sweep> take() {
    List<Sweep> taken = List.copyOf(scheduled);
    scheduled.clear();
    return taken;
  }
}
