package app.jobmate.projections.costing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The costing's days are the business's: London days. */
public final class CostingDays {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private CostingDays() {
  }

  public static LocalDate londonDay(Instant instant) {
    return instant.atZone(LONDON).toLocalDate();
  }
}
