package app.jobmate.projections.jobs.list;

/** Reads the job list (the active {@code job} collection). */
public interface JobListQueries {

  /** One page of {@code query}, newest first, after its cursor. */
  JobPage list(ListJobs query);
}
