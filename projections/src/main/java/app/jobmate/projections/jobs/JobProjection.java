package app.jobmate.projections.jobs;

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
import app.jobmate.events.jobs.JobLine;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.jobs.Job.FromQuote;
import app.jobmate.projections.jobs.Job.Line;
import app.jobmate.projections.jobs.Job.Note;
import app.jobmate.projections.jobs.Job.Value;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The job documents: take every job event. */
public final class JobProjection implements Projection<Job, JobEvent> {

  public static final String NAME = "job";

  private static final Set<String> TAKEN = EventTypes.namesOf(JobEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Job> documentType() {
    return Job.class;
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
  public Job evolve(Job job, EventEnvelope envelope, JobEvent event) {
    Instant at = stored(envelope.occurredAt());
    String by = envelope.actor() == null ? null : envelope.actor().userId().value();
    if (job == null) {
      return switch (event) {
        case JobCreated e -> new Job(e.title(), e.description(), e.customerId().toString(), id(e.siteId()),
            JobStatus.OPEN, null, List.of(), value(e.agreedValue()), null, stored(e.createdAt()), by, null, null, null,
            null, null, List.of(), at);
        case JobCreatedFromQuote e -> new Job(e.title(), e.description(), e.customerId().toString(), id(e.siteId()),
            JobStatus.OPEN, new FromQuote(e.quoteId().toString(), e.quoteNumber(), e.quoteRevision(), e.quoteReference()),
            e.lines().stream().map(JobProjection::line).toList(), value(e.agreedValue()), null, stored(e.createdAt()), by,
            null, null, null, null, null, List.of(), at);
        default -> throw new IllegalStateException("a job starts with JobCreated or JobCreatedFromQuote, not "
            + envelope.eventType());
      };
    }
    Job j = job;
    return switch (event) {
      case JobCreated e -> throw new IllegalStateException("job " + e.jobId() + " is created twice");
      case JobCreatedFromQuote e -> throw new IllegalStateException("job " + e.jobId() + " is created twice");
      case JobScheduled e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), JobStatus.SCHEDULED,
          j.quote(), j.lines(), j.agreedValue(), e.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(),
          j.completedAt(), j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), j.notes(), at);
      case JobStarted e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), JobStatus.IN_PROGRESS,
          j.quote(), j.lines(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(),
          stored(e.startedAt()), j.completedAt(), j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), j.notes(),
          at);
      case JobCompleted e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), JobStatus.COMPLETED,
          j.quote(), j.lines(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(),
          stored(e.completedAt()), j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), j.notes(), at);
      case JobReopened e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), JobStatus.IN_PROGRESS,
          j.quote(), j.lines(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(), null,
          stored(e.reopenedAt()), j.cancelledAt(), j.cancellationReason(), j.notes(), at);
      case JobCancelled e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), JobStatus.CANCELLED,
          j.quote(), j.lines(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(),
          j.completedAt(), j.reopenedAt(), stored(e.cancelledAt()), e.reason(), j.notes(), at);
      case JobDetailsChanged e -> new Job(e.title(), e.description(), j.customerId(), id(e.siteId()), j.status(),
          j.quote(), j.lines(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(),
          j.completedAt(), j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), j.notes(), at);
      case JobValueAgreed e -> new Job(j.title(), j.description(), j.customerId(), j.siteId(), j.status(),
          j.quote(), j.lines(), value(e.agreedValue()), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(),
          j.completedAt(), j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), j.notes(), at);
      case JobNoteAdded e -> {
        List<Note> notes = new ArrayList<>(j.notes());
        notes.add(new Note(e.noteId().toString(), e.text(), e.by().value(), stored(e.at())));
        yield new Job(j.title(), j.description(), j.customerId(), j.siteId(), j.status(), j.quote(), j.lines(),
            j.agreedValue(), j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(), j.completedAt(),
            j.reopenedAt(), j.cancelledAt(), j.cancellationReason(), notes, at);
      }
    };
  }

  private static String id(Object id) {
    return id == null ? null : id.toString();
  }

  private static Value value(AgreedValue agreed) {
    return agreed == null ? null : new Value(agreed.net().pence(), agreed.vat().pence(), agreed.gross().pence());
  }

  private static Line line(JobLine l) {
    return new Line(l.lineId().toString(), l.description(), l.quantity().toString(), l.unitPrice().pence(),
        l.vatCode().wireName(), l.amount().pence(), l.optional());
  }

  /** Read models keep milliseconds: what every document store holds exactly. */
  static Instant stored(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }
}
