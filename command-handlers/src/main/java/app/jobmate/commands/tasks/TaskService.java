package app.jobmate.commands.tasks;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.StreamId;
import app.jobmate.events.EventTypes;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;

/** Runs task commands through the command service, each on the stream of its task. */
public final class TaskService {

  private final CommandService commands;

  public TaskService(CommandService commands) {
    this.commands = commands;
  }

  public static StreamId streamOf(TenantId tenant, TaskId task) {
    return new StreamId(tenant, EventTypes.TASK_STREAM, task.toString());
  }

  public CommandResult handle(TenantId tenant, TaskCommand command, CommandContext context) {
    return commands.handle(streamOf(tenant, command.taskId()), command, context, TaskDecider.INSTANCE);
  }
}
