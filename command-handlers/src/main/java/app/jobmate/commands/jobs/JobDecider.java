package app.jobmate.commands.jobs;

import app.jobmate.commands.core.Decider;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.jobs.JobCommand.AddJobNote;
import app.jobmate.commands.jobs.JobCommand.AgreeJobValue;
import app.jobmate.commands.jobs.JobCommand.CancelJob;
import app.jobmate.commands.jobs.JobCommand.ChangeJobDetails;
import app.jobmate.commands.jobs.JobCommand.CompleteJob;
import app.jobmate.commands.jobs.JobCommand.CreateJob;
import app.jobmate.commands.jobs.JobCommand.OpenJobFromQuote;
import app.jobmate.commands.jobs.JobCommand.ReopenJob;
import app.jobmate.commands.jobs.JobCommand.ScheduleJob;
import app.jobmate.commands.jobs.JobCommand.StartJob;
import app.jobmate.commands.jobs.JobState.Cancelled;
import app.jobmate.commands.jobs.JobState.Completed;
import app.jobmate.commands.jobs.JobState.Existing;
import app.jobmate.commands.jobs.JobState.InProgress;
import app.jobmate.commands.jobs.JobState.Job;
import app.jobmate.commands.jobs.JobState.None;
import app.jobmate.commands.jobs.JobState.NotStarted;
import app.jobmate.commands.jobs.JobState.Open;
import app.jobmate.commands.jobs.JobState.Scheduled;
import app.jobmate.commands.jobs.JobState.Unfinished;
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
import app.jobmate.events.jobs.JobLine;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.JobId;
import java.util.List;
import java.util.Set;

/**
 * The rules of a job (docs/business-rules.md, jobs), as a pure decider. Who may send job commands
 * (owners and admins) is checked before: staff only read the jobs their tasks are on.
 */
public final class JobDecider implements Decider<JobCommand, JobState, JobEvent> {

  public static final JobDecider INSTANCE = new JobDecider();

  private JobDecider() {
  }

  @Override
  public JobState initialState() {
    return new None();
  }

  @Override
  public Class<JobEvent> eventType() {
    return JobEvent.class;
  }

  @Override
  public List<JobEvent> decide(JobCommand command, JobState state) {
    if (state instanceof None && !(command instanceof CreateJob) && !(command instanceof OpenJobFromQuote)) {
      throw notFound(command.jobId());
    }
    return switch (command) {
      case CreateJob c when state instanceof None -> List.of(created(c));
      case CreateJob c -> throw Rejection.conflict("job.already-exists", "job " + c.jobId() + " already exists");

      case OpenJobFromQuote c when state instanceof None -> List.of(openedFrom(c));
      // converting twice gives the same job: the job of this quote is already open
      case OpenJobFromQuote c when state instanceof Existing e && c.quote().quoteId().equals(e.job().quoteId())
          -> List.of();
      case OpenJobFromQuote c -> throw Rejection.conflict("job.already-exists", "job " + c.jobId()
          + " already exists and was not opened from quote " + c.quote().quoteId());

      case ScheduleJob c when state instanceof Scheduled s && s.day().equals(c.day()) -> List.of();
      case ScheduleJob c when state instanceof NotStarted -> List.of(new JobScheduled(c.jobId(), c.day()));
      case ScheduleJob c when state instanceof InProgress -> throw Rejection.conflict("job.already-started",
          "job " + c.jobId() + " is in progress; only a job not yet started is scheduled");
      case ScheduleJob c -> throw finished(c.jobId(), state);

      case StartJob c when state instanceof NotStarted -> List.of(new JobStarted(c.jobId(), c.at()));
      case StartJob c when state instanceof InProgress -> throw Rejection.conflict("job.already-started",
          "job " + c.jobId() + " is already in progress");
      case StartJob c -> throw finished(c.jobId(), state);

      case CompleteJob c when state instanceof Unfinished -> List.of(new JobCompleted(c.jobId(), c.at()));
      case CompleteJob c -> throw finished(c.jobId(), state);

      case ReopenJob c when state instanceof Completed -> List.of(new JobReopened(c.jobId(), c.at(), c.reason()));
      case ReopenJob c -> throw Rejection.conflict("job.not-completed", "only a completed job is reopened; job "
          + c.jobId() + " is " + stateName(state));

      case CancelJob c when state instanceof Unfinished -> List.of(new JobCancelled(c.jobId(), c.at(), c.reason()));
      case CancelJob c -> throw finished(c.jobId(), state);

      case ChangeJobDetails c when state instanceof Cancelled -> throw finished(c.jobId(), state);
      case ChangeJobDetails c -> List.of(new JobDetailsChanged(c.jobId(), c.title(), c.description(), c.siteId()));

      case AgreeJobValue c when state instanceof Cancelled -> throw finished(c.jobId(), state);
      case AgreeJobValue c -> List.of(new JobValueAgreed(c.jobId(), c.agreedValue(), c.reason(), c.at()));

      case AddJobNote c when state instanceof Existing e && e.job().notes().contains(c.noteId())
          -> throw Rejection.conflict("job.note-exists", "job " + c.jobId() + " already has note " + c.noteId());
      case AddJobNote c -> List.of(new JobNoteAdded(c.jobId(), c.noteId(), c.text(), c.by(), c.at()));
    };
  }

  @Override
  public JobState evolve(JobState state, JobEvent event) {
    return switch (event) {
      case JobCreated e -> {
        expect(None.class, state, e);
        yield new Open(new Job(e.customerId(), null, Set.of()));
      }
      case JobCreatedFromQuote e -> {
        expect(None.class, state, e);
        yield new Open(new Job(e.customerId(), new QuoteId(e.quoteId()), Set.of()));
      }
      case JobScheduled e -> new Scheduled(expect(NotStarted.class, state, e).job(), e.scheduledFor());
      case JobStarted e -> new InProgress(expect(NotStarted.class, state, e).job());
      case JobCompleted e -> new Completed(expect(Unfinished.class, state, e).job());
      case JobReopened e -> new InProgress(expect(Completed.class, state, e).job());
      case JobCancelled e -> new Cancelled(expect(Unfinished.class, state, e).job());
      case JobDetailsChanged e -> expect(Existing.class, state, e);
      case JobValueAgreed e -> expect(Existing.class, state, e);
      case JobNoteAdded e -> {
        Existing existing = expect(Existing.class, state, e);
        Job job = existing.job().withNote(e.noteId());
        yield switch (existing) {
          case Open o -> new Open(job);
          case Scheduled s -> new Scheduled(job, s.day());
          case InProgress p -> new InProgress(job);
          case Completed c -> new Completed(job);
          case Cancelled c -> new Cancelled(job);
        };
      }
    };
  }

  private static JobCreated created(CreateJob c) {
    JobDetails d = c.details();
    return new JobCreated(c.jobId(), d.customerId(), d.siteId(), d.title(), d.description(), d.agreedValue(), c.at());
  }

  private static JobCreatedFromQuote openedFrom(OpenJobFromQuote c) {
    AcceptedQuote q = c.quote();
    List<JobLine> lines = q.acceptedLines().stream().map(l -> new JobLine(l.lineId().value(), l.description(),
        l.quantity(), l.unitPrice(), l.vatCode(), l.amount(), l.optional())).toList();
    return new JobCreatedFromQuote(c.jobId(), q.quoteId().value(), q.number().value(), q.revision(),
        q.reference(), q.customerId(), q.siteId(), q.title(), q.notes(), lines, q.agreedValue(),
        c.at());
  }

  private static Rejection notFound(JobId jobId) {
    return Rejection.notFound("job.not-found", "there is no job " + jobId);
  }

  private static Rejection finished(JobId jobId, JobState state) {
    return Rejection.conflict("job.finished", "job " + jobId + " is " + stateName(state)
        + "; reopen a completed job first, a cancelled job does not change");
  }

  static String stateName(JobState state) {
    return switch (state) {
      case None n -> "not created";
      case Open o -> "open";
      case Scheduled s -> "scheduled";
      case InProgress p -> "in progress";
      case Completed c -> "completed";
      case Cancelled c -> "cancelled";
    };
  }

  private static <T> T expect(Class<T> type, JobState state, JobEvent event) {
    if (!type.isInstance(state)) {
      throw new IllegalStateException(event.getClass().getSimpleName() + " cannot follow a job that is "
          + stateName(state));
    }
    return type.cast(state);
  }
}
