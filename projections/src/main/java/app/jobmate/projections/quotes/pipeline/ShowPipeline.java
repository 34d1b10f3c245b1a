package app.jobmate.projections.quotes.pipeline;

import app.jobmate.events.values.TenantId;
import java.time.LocalDate;

/** The quotes pipeline of a tenant over a period of London days, both included, of at most {@link #MAX_PERIOD_DAYS}. */
public record ShowPipeline(TenantId tenantId, LocalDate from, LocalDate to) {

  public static final long MAX_PERIOD_DAYS = 3_660;

  public ShowPipeline {
    if (tenantId == null || from == null || to == null) {
      throw new IllegalArgumentException("tenantId, from and to are required");
    }
    if (from.isAfter(to) || to.toEpochDay() - from.toEpochDay() >= MAX_PERIOD_DAYS) {
      throw new IllegalArgumentException("the period runs forwards, over at most " + MAX_PERIOD_DAYS + " days");
    }
  }
}
