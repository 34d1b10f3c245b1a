package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.Summaries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Summaries in memory, for tests and the benchmark harness. */
public final class InMemorySummaries implements Summaries {

  private final Map<Subject, Object> stored = new ConcurrentHashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public <S> S update(Subject subject, S initial, UnaryOperator<S> change) {
    return (S) stored.compute(subject, (s, current) -> {
      if (current != null && !initial.getClass().isInstance(current)) {
        throw new IllegalStateException(subject + " holds a " + current.getClass().getSimpleName() + ", not a "
            + initial.getClass().getSimpleName());
      }
      return change.apply(current == null ? initial : (S) current);
    });
  }
}
