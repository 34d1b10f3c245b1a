package app.jobmate.projections.jobs;

import app.jobmate.events.Role;
import app.jobmate.projections.jobs.detail.JobTask;
import app.jobmate.projections.query.Viewer;
import java.util.List;

/**
 * Who sees which jobs: owners and admins every job of their business, with its prices; staff only a
 * job with a task assigned to them on it (any other job is not found, exactly like one that does not
 * exist), without its agreed value or line prices, and not the job list. Someone with no role sees no job.
 */
public final class JobVisibility {

  private JobVisibility() {
  }

  /** @throws app.jobmate.projections.query.NotAllowed unless the viewer has a role */
  public static void requireMayReadJobs(Viewer viewer) {
    viewer.requireAny("read jobs", Role.OWNER, Role.ADMIN, Role.STAFF);
  }

  /** @throws app.jobmate.projections.query.NotAllowed unless the viewer is an owner or an admin */
  public static void requireMayListJobs(Viewer viewer) {
    viewer.requireAny("list jobs", Role.OWNER, Role.ADMIN);
  }

  public static boolean seesPrices(Viewer viewer) {
    return viewer.hasAny(Role.OWNER, Role.ADMIN);
  }

  /** Whether the viewer may see the job whose tasks are {@code tasks}. */
  public static boolean maySee(Viewer viewer, List<JobTask> tasks) {
    return seesPrices(viewer) || tasks.stream().anyMatch(t -> viewer.userId().value().equals(t.assignee()));
  }
}
