package app.jobmate.projections.tasks;

import app.jobmate.events.Role;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.tasks.list.WhoseTasks;

/**
 * Who sees which tasks: owners and admins every task of their business; staff only the tasks
 * assigned to them now, as the write side has it (a task that is not theirs is not found, exactly
 * like one that does not exist, so a task reassigned away from them disappears), and not everyone's
 * open tasks. Someone with no role sees no task.
 */
public final class TaskVisibility {

  private TaskVisibility() {
  }

  /** @throws NotAllowed unless the viewer has a role */
  public static void requireMayReadTasks(Viewer viewer) {
    viewer.requireAny("read tasks", Role.OWNER, Role.ADMIN, Role.STAFF);
  }

  /** @throws NotAllowed unless the viewer is an owner or an admin */
  public static void requireMaySeeEveryonesTasks(Viewer viewer) {
    viewer.requireAny("see everyone's open and overdue tasks", Role.OWNER, Role.ADMIN);
  }

  /** Whether the viewer may see {@code task} (as it is assigned now). */
  public static boolean maySee(Viewer viewer, Task task) {
    return seesEveryTask(viewer) || viewer.userId().value().equals(task.assignee());
  }

  /**
   * Whose tasks a list shows the viewer who asked for {@code asked}'s ({@code Everyone} when they
   * named no one): staff get their own.
   *
   * @throws NotAllowed when staff name anyone else, or the tasks no one has
   */
  public static WhoseTasks whose(Viewer viewer, WhoseTasks asked) {
    if (seesEveryTask(viewer)) {
      return asked;
    }
    WhoseTasks own = new WhoseTasks.AssignedTo(viewer.userId());
    return switch (asked) {
      case WhoseTasks.Everyone e -> own;
      case WhoseTasks.AssignedTo a when a.equals(own) -> own;
      case WhoseTasks.AssignedTo a -> throw onlyTheirOwn();
      case WhoseTasks.Unassigned u -> throw onlyTheirOwn();
    };
  }

  private static boolean seesEveryTask(Viewer viewer) {
    return viewer.hasAny(Role.OWNER, Role.ADMIN);
  }

  private static NotAllowed onlyTheirOwn() {
    return new NotAllowed("staff may only list the tasks assigned to them; leave out assignee, or use /tasks/mine");
  }
}
