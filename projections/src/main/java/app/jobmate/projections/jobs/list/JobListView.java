package app.jobmate.projections.jobs.list;

import app.jobmate.projections.jobs.Job;
import java.util.Map;
import app.jobmate.projections.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The job list as the API answers it (owners and admins): a row per job with its customer's name as
 * the customer book has it now (joined at query time), the next page's cursor when there is more, and
 * the page size used (as every list answers it).
 */
public record JobListView(List<Row> items, String nextCursor, int limit) {

  public record Row(String jobId, long version, String title, String customerId, String customerName, String siteId,
                    JobStatus status,
                    String quoteReference, Job.Value agreedValue, LocalDate scheduledFor, Instant createdAt,
                    Instant updatedAt) {
  }

  /** @param names the customers' names by id; a customer missing there is answered without a name */
  public static JobListView of(JobPage page, int limit, Map<String, String> names) {
    return new JobListView(page.items().stream().map(v -> {
      Job j = v.document();
      return new Row(v.streamId(), v.version(), j.title(), j.customerId(), names.get(j.customerId()), j.siteId(), j.status(),
          j.quote() == null ? null : j.quote().display(), j.agreedValue(), j.scheduledFor(), j.createdAt(), j.updatedAt());
    }).toList(), page.next().map(JobCursor::encode).orElse(null), limit);
  }
}
