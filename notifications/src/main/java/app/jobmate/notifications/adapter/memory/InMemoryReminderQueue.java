package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.tasks.reminders.ReminderQueue;
import app.jobmate.notifications.tasks.reminders.ReminderWork;
import java.util.ArrayList;
import java.util.List;

/** The reminder queue in memory, for tests and the benchmark harness: they take batches and hand them to the service. It can be made to fail, as SQS can. */
public final class InMemoryReminderQueue implements ReminderQueue {

  private final List<ReminderWork> waiting = new ArrayList<>();
  private int failures;

  @Override
  public synchronized void send(List<ReminderWork> work) {
    if (work.isEmpty()) {
      return;
    }
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("the reminder queue cannot be reached");
    }
    waiting.addAll(work);
  }

  /** The next {@code count} sends fail. */
  public synchronized void failNext(int count) {
    failures = count;
  }

  /** Takes up to {@code max} pieces of work, oldest first. */
  public synchronized List<ReminderWork> take(int max) {
    List<ReminderWork> batch = List.copyOf(waiting.subList(0, Math.min(max, waiting.size())));
    waiting.subList(0, batch.size()).clear();
    return batch;
  }

  /** Every piece of work waiting. */
  public synchronized List<ReminderWork> waiting() {
    return List.copyOf(waiting);
  }
}
