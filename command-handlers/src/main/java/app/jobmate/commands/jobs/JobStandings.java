package app.jobmate.commands.jobs;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.tasks.TaskJobs;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks' view of jobs, read from each job's stream in the event store (whichever store: DynamoDB
 * in the functions, in memory in tests) and folded by the job decider: a job that is not there, is
 * still to be done, or is completed or cancelled.
 */
public final class JobStandings implements TaskJobs {

  private final EventStore store;
  private final EventCodec codec = EventCodec.standard();

  public JobStandings(EventStore store) {
    this.store = store;
  }

  @Override
  public Standing standingOf(TenantId tenant, JobId job) {
    List<EventEnvelope> stored = new ArrayList<>();
    store.read(JobService.streamOf(tenant, job)).forEach(c -> stored.addAll(c.events()));
    JobState state = JobDecider.INSTANCE.initialState();
    for (var event : codec.decode(stored)) {
      state = JobDecider.INSTANCE.evolve(state, (JobEvent) event);
    }
    return switch (state) {
      case JobState.None n -> Standing.NONE;
      case JobState.Open o -> Standing.OPEN;
      case JobState.Scheduled s -> Standing.OPEN;
      case JobState.InProgress p -> Standing.OPEN;
      case JobState.Completed c -> Standing.CLOSED;
      case JobState.Cancelled c -> Standing.CLOSED;
    };
  }
}
