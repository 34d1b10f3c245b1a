package app.jobmate.commands.jobs;

import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.SiteId;

/** What a job created directly is: for whom, where, what, and the value agreed if one was. */
public record JobDetails(CustomerId customerId, SiteId siteId, String title, String description,
                         AgreedValue agreedValue) {

  public JobDetails {
    Require.present(customerId, "customerId");
    title = Require.text(title, JobEvent.MAX_TITLE, "title");
    description = Require.optionalText(description, JobEvent.MAX_DESCRIPTION, "description");
  }
}
