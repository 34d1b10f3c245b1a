package app.jobmate.projections.jobs.detail;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.Job;
import app.jobmate.projections.query.CustomerSites.SiteAddress;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The job page as the API answers it: the job's id, version, its customer's name as the customer book
 * has it now and its site's address and access notes (joined at query time; staff see them too: they go
 * there), whole document (for staff without its
 * agreed value and line prices), its tasks, and its links: the quote it came from and its tasks
 * (visits, expenses and invoices will join them).
 */
public record JobView(String jobId, long version, String customerName, SiteAddress site, @JsonUnwrapped Job job,
                      List<JobTask> tasks, Links links) {

  public JobView {
    tasks = List.copyOf(tasks);
  }

  /** Where the job's related records are, as API paths. */
  public record Links(String quote, List<String> tasks) {
    public Links {
      tasks = List.copyOf(tasks);
    }
  }

  static JobView of(Versioned<Job> job, String customerName, SiteAddress site, List<JobTask> tasks, boolean withPrices) {
    Job shown = withPrices ? job.document() : withoutPrices(job.document());
    String quote = shown.quote() == null ? null : "/quotes/" + shown.quote().quoteId();
    return new JobView(job.streamId(), job.version(), customerName, site, shown, tasks,
        new Links(quote, tasks.stream().map(t -> "/tasks/" + t.taskId()).toList()));
  }

  private static Job withoutPrices(Job j) {
    List<Job.Line> lines = j.lines().stream()
        .map(l -> new Job.Line(l.lineId(), l.description(), l.quantity(), null, l.vatCode(), null, l.optional())).toList();
    return new Job(j.title(), j.description(), j.customerId(), j.siteId(), j.status(), j.quote(), lines, null,
        j.scheduledFor(), j.createdAt(), j.createdBy(), j.startedAt(), j.completedAt(), j.reopenedAt(), j.cancelledAt(),
        j.cancellationReason(), j.notes(), j.updatedAt());
  }
}
