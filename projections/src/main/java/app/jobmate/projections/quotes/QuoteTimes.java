package app.jobmate.projections.quotes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Times as the quote read models keep them. */
public final class QuoteTimes {

  /** The business's days are days in the UK, BST included. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private QuoteTimes() {
  }

  /** Read models keep milliseconds: what every document store holds exactly. */
  public static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public static LocalDate londonDate(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, LONDON);
  }
}
