package app.jobmate.projections.jobs.detail;

import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.jobs.Job;
import app.jobmate.projections.jobs.JobProjection;
import app.jobmate.projections.jobs.JobVisibility;
import app.jobmate.projections.query.CustomerNames;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import app.jobmate.projections.query.CustomerSites;
import app.jobmate.projections.query.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers {@link ShowJob} for a viewer: the job with its tasks, or nothing when the tenant has no
 * such job or the viewer may not see it (staff cannot tell a job without a task of theirs from one
 * that does not exist).
 */
public final class ShowJobHandler {

  private final ReadModels readModels;
  private final JobTasks tasks;
  private final CustomerNames customers;
  private final CustomerSites sites;

  public ShowJobHandler(ReadModels readModels, JobTasks tasks, CustomerNames customers, CustomerSites sites) {
    this.readModels = readModels;
    this.tasks = tasks;
    this.customers = customers;
    this.sites = sites;
  }

  public Optional<JobView> handle(ShowJob query, Viewer viewer) {
    return readModels.findActive(JobProjection.NAME, Job.class, DocumentId.of(query.tenantId(), query.jobId()))
        .flatMap(job -> {
          List<JobTask> onJob = tasks.onJob(query.tenantId(), query.jobId());
          return JobVisibility.maySee(viewer, onJob)
              ? Optional.of(JobView.of(job, nameOf(query, job.document().customerId()), siteOf(query, job.document()),
                  onJob, JobVisibility.seesPrices(viewer))) : Optional.empty();
        });
  }

  private SiteAddress siteOf(ShowJob query, Job job) {
    return job.customerId() == null || job.siteId() == null ? null
        : sites.addressOf(query.tenantId(), job.customerId(), job.siteId()).orElse(null);
  }

  private String nameOf(ShowJob query, String customerId) {
    return customers.namesOf(query.tenantId(), Set.of(customerId)).get(customerId);
  }
}
