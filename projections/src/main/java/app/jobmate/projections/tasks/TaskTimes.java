package app.jobmate.projections.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Times as the task read models keep them, and the business's today. */
public final class TaskTimes {

  /** Due dates are days in the UK, BST included: a task is overdue from the London day after its due date. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private TaskTimes() {
  }

  /** Read models keep milliseconds: what every document store holds exactly. */
  public static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), LONDON);
  }
}
