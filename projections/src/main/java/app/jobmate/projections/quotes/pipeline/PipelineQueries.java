package app.jobmate.projections.quotes.pipeline;

import app.jobmate.events.values.TenantId;
import java.time.LocalDate;

/** Aggregates the quotes list for the pipeline report. */
public interface PipelineQueries {

  /** The tally of the tenant's quotes first issued from {@code from} to {@code to}, both days included. */
  PipelineTally tally(TenantId tenantId, LocalDate from, LocalDate to);
}
