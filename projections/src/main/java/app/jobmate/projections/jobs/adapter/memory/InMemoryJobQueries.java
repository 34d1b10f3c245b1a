package app.jobmate.projections.jobs.adapter.memory;

import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.Job;
import app.jobmate.projections.jobs.JobProjection;
import app.jobmate.projections.jobs.list.JobListQueries;
import app.jobmate.projections.jobs.list.JobPage;
import app.jobmate.projections.jobs.list.ListJobs;
import java.util.List;

/** The job list over {@link InMemoryReadModels}, by the query's own definition. */
public final class InMemoryJobQueries implements JobListQueries {

  private final InMemoryReadModels readModels;

  public InMemoryJobQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  @Override
  @SuppressWarnings("unchecked")
  public JobPage list(ListJobs query) {
    String active = readModels.placement(JobProjection.NAME).active();
    List<Versioned<Job>> upToLimitPlusOne = readModels.documents(active).stream().map(d -> (Versioned<Job>) d)
        .filter(query::matches).filter(query::isAfterCursor).sorted(ListJobs.NEWEST_FIRST)
        .limit(query.limit() + 1L).toList();
    return JobPage.of(query, upToLimitPlusOne);
  }
}
