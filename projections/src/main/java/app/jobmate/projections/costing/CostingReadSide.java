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

/**
 * The read side of job costing (docs/decisions/job-costing.md): what the costing needs of four contexts'
 * streams, each kept as one document per stream (jobs with their agreed value and completion day,
 * appointments with their members, minutes and day, members' rate histories, expenses with their job
 * and amounts), on a projector and queue of its own. Nothing is summed per message: a job's costing
 * is computed when read ({@link JobCosting}), so duplicates, reordering and rebuilds are safe, and
 * which visits are completed follows the clock, not the last event.
 */
public final class CostingReadSide implements ReadSide {

  public static final String NAME = "costing";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new CostedJobProjection(),
      new CostedVisitProjection(), new MemberRatesProjection(), new CostedExpenseProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Tenant first: the report's range of days (and its order), a job's visits and its expenses; rates by id. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(
        CostedJobProjection.NAME, List.of(Index.ascending("by_reported_on", Index.TENANT, "reportedOn", Index.ID)),
        CostedVisitProjection.NAME, List.of(Index.ascending("by_job", Index.TENANT, "jobId")),
        MemberRatesProjection.NAME, List.of(),
        CostedExpenseProjection.NAME, List.of(Index.ascending("by_job", Index.TENANT, "jobId")));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new JobCreated(JobId.of(streamId), CustomerId.of(streamId), null, "SnapStart priming",
        "Primes the costing projector", null, Instant.parse("2026-01-31T10:00:00Z"));
  }
}
