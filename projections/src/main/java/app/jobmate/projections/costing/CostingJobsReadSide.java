package app.jobmate.projections.costing;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The jobs as costed, tenant first by the day they are reported on (the report's range and order). One of the job costing's read sides ({@link CostingReadSides}). */
public final class CostingJobsReadSide implements ReadSide {

  public static final String NAME = "costing-jobs";

  private static final CostedJobProjection PROJECTION = new CostedJobProjection();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return List.of(PROJECTION);
  }

  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(CostedJobProjection.NAME, List.of(Index.ascending("by_reported_on", Index.TENANT, "reportedOn", Index.ID)));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new JobCreated(JobId.of(streamId), CustomerId.of(streamId), null, "SnapStart priming",
        "Primes the costing projector", null, Instant.parse("2026-01-31T10:00:00Z"));
  }
}
