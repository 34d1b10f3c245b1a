package app.jobmate.commands.jobs;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.events.StreamId;
import app.jobmate.events.jobs.JobEvents;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;

/** Runs job commands through the command service, each on the stream of its job. */
public final class JobService {

  private final CommandService commands;

  public JobService(CommandService commands) {
    this.commands = commands;
  }

  public static StreamId streamOf(TenantId tenant, JobId job) {
    return new StreamId(tenant, JobEvents.STREAM, job.toString());
  }

  public CommandResult handle(TenantId tenant, JobCommand command, CommandContext context) {
    return commands.handle(streamOf(tenant, command.jobId()), command, context, JobDecider.INSTANCE);
  }
}
