package app.jobmate.projections.jobs.list;

import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.Job;
import app.jobmate.projections.jobs.JobStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * A page of a tenant's jobs, newest first (by when each was created, then by id): filtered by status,
 * customer, the day created (from, to, London days as UTC instants) and the day scheduled; after a
 * keyset cursor.
 */
public record ListJobs(TenantId tenantId, Set<JobStatus> statuses, CustomerId customerId, Instant createdFrom,
                       Instant createdBefore, LocalDate scheduledFrom, LocalDate scheduledTo, JobCursor after,
                       int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public ListJobs {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenantId is required");
    }
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
  }

  /** Whether {@code job} is on the list (whatever the cursor). */
  public boolean matches(Versioned<Job> job) {
    Job j = job.document();
    return job.tenantId().equals(tenantId)
        && (statuses.isEmpty() || statuses.contains(j.status()))
        && (customerId == null || customerId.toString().equals(j.customerId()))
        && (createdFrom == null || !j.createdAt().isBefore(createdFrom))
        && (createdBefore == null || j.createdAt().isBefore(createdBefore))
        && (scheduledFrom == null || (j.scheduledFor() != null && !j.scheduledFor().isBefore(scheduledFrom)))
        && (scheduledTo == null || (j.scheduledFor() != null && !j.scheduledFor().isAfter(scheduledTo)));
  }

  public boolean isAfterCursor(Versioned<Job> job) {
    return after == null || ORDER.compare(job, after) > 0;
  }

  /** Newest first, then by id, descending: the order of the list and of its cursor. */
  public static final Comparator<Versioned<Job>> NEWEST_FIRST = Comparator
      .comparing((Versioned<Job> j) -> j.document().createdAt()).thenComparing(Versioned::streamId).reversed();

  private static final CursorOrder ORDER = new CursorOrder();

  private static final class CursorOrder {
    int compare(Versioned<Job> job, JobCursor cursor) {
      int byTime = cursor.createdAt().compareTo(job.document().createdAt());
      return byTime != 0 ? byTime : cursor.jobId().compareTo(job.streamId());
    }
  }
}
