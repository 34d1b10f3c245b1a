package app.jobmate.notifications.tasks.reminders;

import app.jobmate.events.StreamId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The reminders of each day that were sent, so that a rerun, a duplicate invocation or a duplicate
 * message reminds nobody twice. A reminder is claimed before it is sent and recorded as sent after;
 * a claim whose sending failed is given back, and one whose sender died lapses after a lease, so
 * that a retry may send it. Safe under concurrent callers: of those claiming one reminder at once,
 * one at most gets it.
 */
public interface ReminderLog {

  /** Claims the reminder of {@code task} on {@code day}; empty when it was sent, or is claimed and the claim has not lapsed. */
  Optional<Claim> claim(LocalDate day, StreamId task);

  /** Records that the claimed reminder was sent: it is never claimed again. */
  void sent(Claim claim);

  /** Gives back a claim whose reminder could not be sent, so that a retry may claim it; a claim taken over since, or a reminder sent since, stays. */
  void giveBack(Claim claim);

  /** A reminder claimed until {@code until}. */
  record Claim(LocalDate day, StreamId task, Instant until) {
    public Claim {
      if (day == null || task == null || until == null) {
        throw new IllegalArgumentException("day, task and until are required");
      }
    }
  }
}
