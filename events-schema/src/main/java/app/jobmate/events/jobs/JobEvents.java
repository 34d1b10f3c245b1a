package app.jobmate.events.jobs;

import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import java.util.List;

/** The jobs context in the published language: its event types, wire names and schema versions, written here once. */
public final class JobEvents {

  /** The stream type of a job: one stream per job, {@code <tenantId>#job#<id>}. */
  public static final String STREAM = "job";

  public static final EventContext CONTEXT = new EventContext("jobs", List.of(
      type("JobCreated", 1, JobEvent.JobCreated.class),
      type("JobCreatedFromQuote", 1, JobEvent.JobCreatedFromQuote.class),
      type("JobScheduled", 1, JobEvent.JobScheduled.class),
      type("JobStarted", 1, JobEvent.JobStarted.class),
      type("JobCompleted", 1, JobEvent.JobCompleted.class),
      type("JobReopened", 1, JobEvent.JobReopened.class),
      type("JobCancelled", 1, JobEvent.JobCancelled.class),
      type("JobNoteAdded", 1, JobEvent.JobNoteAdded.class),
      type("JobDetailsChanged", 1, JobEvent.JobDetailsChanged.class),
      type("JobValueAgreed", 1, JobEvent.JobValueAgreed.class)));

  private JobEvents() {
  }

  private static <E extends JobEvent> EventType<E> type(String name, int version, Class<E> type) {
    return new EventType<>(name, version, "jobs", STREAM, type);
  }
}
