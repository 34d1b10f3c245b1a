package app.jobmate.projections.jobs.list;

import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.jobs.Job;
import java.util.List;
import java.util.Optional;

/** A page of the job list and, when there is more, the cursor of the next page. */
public record JobPage(List<Versioned<Job>> items, Optional<JobCursor> next) {

  public JobPage {
    items = List.copyOf(items);
  }

  /** The page from the first {@code limit + 1} matching jobs in order: the extra one only says there is more. */
  public static JobPage of(ListJobs query, List<Versioned<Job>> upToLimitPlusOne) {
    if (upToLimitPlusOne.size() <= query.limit()) {
      return new JobPage(upToLimitPlusOne, Optional.empty());
    }
    List<Versioned<Job>> page = upToLimitPlusOne.subList(0, query.limit());
    Versioned<Job> last = page.getLast();
    return new JobPage(page, Optional.of(new JobCursor(last.document().createdAt(), last.streamId())));
  }
}
