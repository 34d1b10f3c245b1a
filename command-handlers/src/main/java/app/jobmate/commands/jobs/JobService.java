package app.jobmate.commands.jobs;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.customers.CustomerDirectory;
import app.jobmate.commands.jobs.JobCommand.ChangeJobDetails;
import app.jobmate.commands.jobs.JobCommand.CreateJob;
import app.jobmate.events.StreamId;
import app.jobmate.events.jobs.JobEvents;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;

/**
 * Runs job commands through the command service, each on the stream of its job. A job created
 * directly is for a customer in the book, neither archived, merged nor erased, at one of its own
 * sites if it names one; a job opened from an accepted quote takes the quote's customer as it was
 * checked when the quote was drafted (a customer archived since does not stop the work agreed).
 */
public final class JobService {

  private final CommandService commands;
  private final CustomerDirectory customers;

  public JobService(CommandService commands, CustomerDirectory customers) {
    this.commands = commands;
    this.customers = customers;
  }

  public static StreamId streamOf(TenantId tenant, JobId job) {
    return new StreamId(tenant, JobEvents.STREAM, job.toString());
  }

  public CommandResult handle(TenantId tenant, JobCommand command, CommandContext context) {
    return commands.handle(streamOf(tenant, command.jobId()), command, context, JobDecider.INSTANCE,
        (c, state) -> {
          // checked after a retry is recognised (a retried create answers its first result) and after
          // the job's own rules (a job that exists already is a conflict, whoever its customer)
          if (c instanceof CreateJob create) {
            JobDecider.INSTANCE.decide(create, state);
            checkCustomer(tenant, create.details());
          }
          if (c instanceof ChangeJobDetails change && change.siteId() != null
              && state instanceof JobState.Existing existing) {
            JobDecider.INSTANCE.decide(change, state);
            checkSite(tenant, existing.job().customerId(), change.siteId());
          }
          return c;
        });
  }

  /**
   * A job's site is changed to one of its customer's current sites, whether or not the customer was archived
   * since (the work goes on); a merged or erased customer's job keeps the site it has.
   */
  private void checkSite(TenantId tenant, CustomerId customer, SiteId site) {
    boolean known = customers.standingOf(tenant, customer) instanceof CustomerDirectory.Listed listed
        && listed.sites().contains(site);
    if (!known) {
      throw Rejection.unprocessable("job.site-not-found", "the job's customer " + customer + " has no site " + site,
          "siteId");
    }
  }

  private void checkCustomer(TenantId tenant, JobDetails details) {
    CustomerId id = details.customerId();
    switch (customers.standingOf(tenant, id)) {
      case CustomerDirectory.Unknown u -> throw Rejection.unprocessable("job.customer-not-found",
          "there is no customer " + id, "customerId");
      case CustomerDirectory.Merged m -> throw Rejection.unprocessable("job.customer-merged",
          "customer " + id + " was merged into " + m.survivor() + "; the job is for that one", "customerId");
      case CustomerDirectory.Erased e -> throw Rejection.unprocessable("job.customer-erased",
          "customer " + id + " was erased", "customerId");
      case CustomerDirectory.Listed l when l.archived() -> throw Rejection.unprocessable("job.customer-archived",
          "customer " + id + " is archived; restore it first", "customerId");
      case CustomerDirectory.Listed l -> {
        if (details.siteId() != null && !l.sites().contains(details.siteId())) {
          throw Rejection.unprocessable("job.site-not-found", "customer " + id + " has no site " + details.siteId(),
              "siteId");
        }
      }
    }
  }
}
