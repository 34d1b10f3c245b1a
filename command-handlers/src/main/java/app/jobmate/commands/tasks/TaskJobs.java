package app.jobmate.commands.tasks;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;

/**
 * Where the job a task names stands, as the job's stream says: the port the task service checks a
 * task's {@code jobId} through (docs/business-rules.md, tasks).
 */
public interface TaskJobs {

  /** A job that does not exist in the tenant; one still to be done; one completed or cancelled. */
  enum Standing { NONE, OPEN, CLOSED }

  Standing standingOf(TenantId tenant, JobId job);
}
