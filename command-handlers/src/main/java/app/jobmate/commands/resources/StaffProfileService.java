package app.jobmate.commands.resources;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.StreamId;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * Runs staff profile commands on the member's stream, once the member is known to be a member of the
 * team ({@link TeamDirectory}, the team's own record): anyone else is 422 naming {@code memberId}.
 */
public final class StaffProfileService {

  private final CommandService commands;
  private final TeamDirectory team;

  public StaffProfileService(CommandService commands, TeamDirectory team) {
    this.commands = commands;
    this.team = team;
  }

  public static StreamId streamOf(TenantId tenant, UserId member) {
    return new StreamId(tenant, ResourceEvents.STAFF_STREAM, member.value());
  }

  public CommandResult handle(TenantId tenant, StaffProfileCommand command, CommandContext context) {
    if (!team.isMember(tenant, command.member())) {
      throw Rejection.unprocessable("resource.member-not-in-team", "member " + command.member()
          + " is not a member of this business's team", "memberId");
    }
    return commands.handle(streamOf(tenant, command.member()), command, context, StaffProfileDecider.INSTANCE);
  }
}
