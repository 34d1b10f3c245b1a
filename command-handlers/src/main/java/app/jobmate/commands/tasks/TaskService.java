package app.jobmate.commands.tasks;

import app.jobmate.events.tasks.TaskEvents;
import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.events.StreamId;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.EventTypes;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.Role;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * Runs task commands through the command service, each on the stream of its task. A task is given
 * only to a member of the business's team ({@link TeamDirectory}).
 */
public final class TaskService {

  private final CommandService commands;
  private final TeamDirectory team;
  private final TaskJobs jobs;

  public TaskService(CommandService commands, TeamDirectory team, TaskJobs jobs) {
    this.commands = commands;
    this.team = team;
    this.jobs = jobs;
  }

  public static StreamId streamOf(TenantId tenant, TaskId task) {
    return new StreamId(tenant, TaskEvents.STREAM, task.toString());
  }

  public CommandResult handle(TenantId tenant, TaskCommand command, CommandContext context) {
    UserId assignee = givenTo(command);
    if (assignee != null && !team.isMember(tenant, assignee)) {
      throw Rejection.unprocessable("task.assignee-not-in-team",
          "assignee " + assignee + " is not a member of this business's team", "assignee");
    }
    checkJob(tenant, command);
    return commands.handle(streamOf(tenant, command.taskId()), command, context, TaskDecider.INSTANCE);
  }

  /**
   * A task's job must exist in the tenant (422 {@code task.job-not-found}), and a new task is not put
   * on a completed or cancelled job (422 {@code task.job-closed}); a task already on a job that has
   * since closed can still be changed and finished.
   */
  private void checkJob(TenantId tenant, TaskCommand command) {
    JobId job = switch (command) {
      case TaskCommand.CreateTask c -> c.details().jobId();
      case TaskCommand.ChangeTask c -> c.details().jobId();
      case TaskCommand.AssignTask c -> null;
      case TaskCommand.AddChecklistItem c -> null;
      case TaskCommand.TickChecklistItem c -> null;
      case TaskCommand.UntickChecklistItem c -> null;
      case TaskCommand.RemoveChecklistItem c -> null;
      case TaskCommand.StartTask c -> null;
      case TaskCommand.CompleteTask c -> null;
      case TaskCommand.CancelTask c -> null;
    };
    boolean manager = command.actor().roles().contains(Role.OWNER) || command.actor().roles().contains(Role.ADMIN);
    if (job == null || !manager) {
      return; // staff may neither create nor change a task: the decider refuses them, telling nothing of the job
    }
    switch (jobs.standingOf(tenant, job)) {
      case NONE -> throw Rejection.unprocessable("task.job-not-found", "there is no job " + job, "jobId");
      case CLOSED -> {
        if (command instanceof TaskCommand.CreateTask) {
          throw Rejection.unprocessable("task.job-closed", "job " + job
              + " is completed or cancelled; reopen it before adding tasks", "jobId");
        }
      }
      case OPEN -> {
      }
    }
  }

  /** The person a command gives the task to, if it gives it to someone. */
  private static UserId givenTo(TaskCommand command) {
    return switch (command) {
      case TaskCommand.CreateTask c -> c.assignee();
      case TaskCommand.AssignTask c -> c.assignee();
      case TaskCommand.ChangeTask c -> null;
      case TaskCommand.AddChecklistItem c -> null;
      case TaskCommand.TickChecklistItem c -> null;
      case TaskCommand.UntickChecklistItem c -> null;
      case TaskCommand.RemoveChecklistItem c -> null;
      case TaskCommand.StartTask c -> null;
      case TaskCommand.CompleteTask c -> null;
      case TaskCommand.CancelTask c -> null;
    };
  }
}
