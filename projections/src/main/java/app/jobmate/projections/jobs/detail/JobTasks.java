package app.jobmate.projections.jobs.detail;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import java.util.List;

/**
 * The tasks on a job, read at query time from the tasks' read model. A port of the jobs context, so
 * that neither read side knows the other: its adapters read the task collection by its published
 * shape (its name and fields), not by the tasks context's classes.
 */
public interface JobTasks {

  /** At most {@link #MAX} tasks of the tenant whose {@code jobId} is {@code job}, in their work order. */
  List<JobTask> onJob(TenantId tenant, JobId job);

  int MAX = 200;
}
