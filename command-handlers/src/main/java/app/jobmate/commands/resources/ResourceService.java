package app.jobmate.commands.resources;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.events.StreamId;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.TenantId;

/** Runs resource commands through the command service, each on the stream of its resource. */
public final class ResourceService {

  private final CommandService commands;

  public ResourceService(CommandService commands) {
    this.commands = commands;
  }

  public static StreamId streamOf(TenantId tenant, ResourceId resource) {
    return new StreamId(tenant, ResourceEvents.STREAM, resource.toString());
  }

  public CommandResult handle(TenantId tenant, ResourceCommand command, CommandContext context) {
    return commands.handle(streamOf(tenant, command.resourceId()), command, context, ResourceDecider.INSTANCE);
  }
}
