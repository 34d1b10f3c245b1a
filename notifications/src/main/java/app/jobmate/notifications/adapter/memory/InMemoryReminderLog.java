package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.StreamId;
import app.jobmate.notifications.tasks.reminders.ReminderLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reminders sent, in memory, for tests and the benchmark harness; claims lapse by {@code clock}. */
public final class InMemoryReminderLog implements ReminderLog {

  private final Clock clock;
  private final Duration lease;
  /** A claimed reminder holds the instant its claim lapses; a sent one holds nothing. */
  private final Map<Key, Optional<Instant>> reminders = new HashMap<>();

  private record Key(LocalDate day, StreamId task) {
  }

  public InMemoryReminderLog(Clock clock, Duration lease) {
    this.clock = clock;
    this.lease = lease;
  }

  @Override
  public synchronized Optional<Claim> claim(LocalDate day, StreamId task) {
    Key key = new Key(day, task);
    Optional<Instant> held = reminders.get(key);
    Instant now = clock.instant();
    if (held != null && (held.isEmpty() || held.get().isAfter(now))) {
      return Optional.empty();
    }
    Instant until = now.plus(lease);
    reminders.put(key, Optional.of(until));
    return Optional.of(new Claim(day, task, until));
  }

  @Override
  public synchronized void sent(Claim claim) {
    reminders.put(new Key(claim.day(), claim.task()), Optional.empty());
  }

  @Override
  public synchronized void giveBack(Claim claim) {
    Key key = new Key(claim.day(), claim.task());
    if (Optional.of(claim.until()).equals(reminders.get(key))) {
      reminders.remove(key);
    }
  }

  /** How many reminders are claimed or sent, for tests that check nothing was written. */
  public synchronized int size() {
    return reminders.size();
  }
}
