package app.jobmate.projections.costing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent.JobCancelled;
import app.jobmate.events.jobs.JobEvent.JobCompleted;
import app.jobmate.events.jobs.JobEvent.JobCreated;
import app.jobmate.events.jobs.JobEvent.JobCreatedFromQuote;
import app.jobmate.events.jobs.JobEvent.JobDetailsChanged;
import app.jobmate.events.jobs.JobEvent.JobNoteAdded;
import app.jobmate.events.jobs.JobEvent.JobReopened;
import app.jobmate.events.jobs.JobEvent.JobScheduled;
import app.jobmate.events.jobs.JobEvent.JobStarted;
import app.jobmate.events.jobs.JobEvent.JobValueAgreed;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.JobEvents;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The jobs as costed: take every job event (its value, its stage, the day it was completed). */
public final class CostedJobProjection implements Projection<CostedJob, JobEvent> {

  public static final String NAME = "costing_job";

  private static final Set<String> TAKEN = EventTypes.namesOf(JobEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<CostedJob> documentType() {
    return CostedJob.class;
  }

  @Override
  public Class<JobEvent> eventClass() {
    return JobEvent.class;
  }

  @Override
  public String streamType() {
    return JobEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public CostedJob evolve(CostedJob job, EventEnvelope envelope, JobEvent event) {
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (job == null) {
      if (event instanceof JobCreated e) {
        return created(e.title(), e.agreedValue(), e.createdAt(), at);
      }
      if (event instanceof JobCreatedFromQuote e) {
        return created(e.title(), e.agreedValue(), e.createdAt(), at);
      }
      throw new IllegalStateException("a job starts with JobCreated or JobCreatedFromQuote, not "
          + envelope.eventType());
    }
    return switch (event) {
      case JobCreated e -> throw new IllegalStateException("job " + e.jobId() + " is created twice");
      case JobCreatedFromQuote e -> throw new IllegalStateException("job " + e.jobId() + " is created twice");
      case JobScheduled e -> job.at(JobStage.SCHEDULED, null, at);
      case JobStarted e -> job.at(JobStage.IN_PROGRESS, null, at);
      case JobCompleted e -> job.at(JobStage.COMPLETED, CostingDays.londonDay(e.completedAt()), at);
      case JobReopened e -> job.at(JobStage.IN_PROGRESS, null, at);
      case JobCancelled e -> job.at(JobStage.CANCELLED, null, at);
      case JobNoteAdded e -> job; // a note changes no figure
      case JobDetailsChanged e -> job.titled(e.title(), at);
      case JobValueAgreed e -> job.valued(e.agreedValue().net().pence(), e.agreedValue().vat().pence(),
          e.agreedValue().gross().pence(), at);
    };
  }

  private static CostedJob created(String title, AgreedValue value, Instant createdAt, Instant at) {
    LocalDate day = CostingDays.londonDay(createdAt);
    return value == null
        ? new CostedJob(title, JobStage.OPEN, null, null, null, day, null, null, null, at)
        : new CostedJob(title, JobStage.OPEN, value.net().pence(), value.vat().pence(), value.gross().pence(), day,
            null, null, null, at);
  }
}
