package app.jobmate.projections.jobs;

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

/**
 * The read side of the jobs context: one document per job, which takes every job event. The job
 * list and the job's page are queries over it; the job's tasks are read from the tasks' read side
 * at query time, through a port (see {@code docs/decisions/converting-a-quote.md} and the job queries).
 */
public final class JobReadSide implements ReadSide {

  public static final String NAME = "jobs";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new JobProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /**
   * Tenant first: the list newest first (created, then the id keyset paging compares), by status,
   * by customer (the customer's history) and by the day scheduled.
   */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(JobProjection.NAME, List.of(
        Index.ascending("by_created", Index.TENANT, "createdAt", Index.ID),
        Index.ascending("by_status", Index.TENANT, "status", "createdAt", Index.ID),
        Index.ascending("by_customer", Index.TENANT, "customerId", "createdAt", Index.ID),
        Index.ascending("by_scheduled", Index.TENANT, "scheduledFor", Index.ID)));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new JobCreated(JobId.of(streamId), CustomerId.of(streamId), null, "SnapStart priming",
        "Primes the job projector", null, Instant.parse("2026-01-31T00:00:00Z"));
  }
}
