package app.jobmate.commands.team;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.TeamCommand.AddApiClient;
import app.jobmate.commands.team.TeamCommand.ChangeRole;
import app.jobmate.commands.team.TeamCommand.FoundTeam;
import app.jobmate.commands.team.TeamCommand.InviteMember;
import app.jobmate.commands.team.TeamCommand.RemoveMember;
import app.jobmate.commands.team.TeamCommand.RevokeApiClient;
import app.jobmate.commands.team.TeamCommand.SetTextMessages;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;

/**
 * The owner's changes to the team, kept in step with the accounts people sign in with. The
 * accounts are changed first and the team's record after, so a crash in between is mended by the
 * same request retried: an invitation whose account exists already finds it (and takes it when it
 * belongs to this business, refuses it when it belongs to another), a role set or an account
 * disabled again changes nothing. The owner's own account begins the team's record on the first
 * invitation (the owner who signed the business up is its first member); a role change or a removal
 * in a team never recorded names nobody (404, nothing written).
 */
public final class TeamService {

  private final CommandService commands;
  private final TeamRecord team;
  private final Identities identities;
  private final ApiClientAccounts apiClients;

  public TeamService(CommandService commands, TeamRecord team, Identities identities, ApiClientAccounts apiClients) {
    this.commands = commands;
    this.team = team;
    this.identities = identities;
    this.apiClients = apiClients;
  }

  /** A new API client: its credentials (the secret shown once) and the team's new version. */
  public record NewApiClient(ApiClientAccounts.Credentials credentials, CommandResult result) {
  }

  /**
   * Gives a program read-only access to the business's reports. The name is checked first (two
   * clients in use never share one, so a retry of a request that succeeded is refused, 409, and
   * creates nothing); the app client is created next and recorded last. If recording it fails (a
   * request with the same name won the race, the store is unavailable), the app client is revoked
   * again before the error is answered, so no client nobody can see or revoke is left working.
   */
  public NewApiClient addApiClient(TenantId tenant, String name, CommandContext context) {
    requireOwner(context);
    founded(tenant, context);
    TeamState.Team current = (TeamState.Team) team.of(tenant);
    if (current.activeApiClientNamed(name).isPresent()) {
      throw TeamDecider.nameTaken(name);
    }
    ApiClientAccounts.Credentials credentials = apiClients.create(tenant, name);
    try {
      return new NewApiClient(credentials, commands.handle(TeamRecord.streamOf(tenant),
          new AddApiClient(credentials.clientId(), name, context.actor()), context, TeamDecider.INSTANCE));
    } catch (RuntimeException e) {
      try {
        apiClients.revoke(tenant, credentials.clientId());
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * Ends an API client's access: the account first (refused from the next request), the team's
   * record after, so a crash in between is mended by the same request retried. Another business's
   * client, or one never recorded, is not found (404) and nothing is touched.
   */
  public CommandResult revokeApiClient(TenantId tenant, ApiClientId clientId, CommandContext context) {
    requireOwner(context);
    if (!(team.of(tenant) instanceof TeamState.Team current) || current.apiClient(clientId).isEmpty()) {
      throw Rejection.notFound("team.api-client-not-found", clientId + " is not an API client of the business");
    }
    apiClients.revoke(tenant, clientId);
    return commands.handle(TeamRecord.streamOf(tenant), new RevokeApiClient(clientId, context.actor()), context,
        TeamDecider.INSTANCE);
  }

  /** An invitation's outcome: the member's user id (their account's) and the team's new version. */
  public record Invitation(UserId member, CommandResult result) {
  }

  public Invitation invite(TenantId tenant, EmailAddress email, String name, Role role, CommandContext context) {
    requireOwner(context);
    founded(tenant, context);
    TeamState.Team current = (TeamState.Team) team.of(tenant);
    // invited before: the decider answers (nothing new for the same invitation, a 409 otherwise)
    UserId member = current.everHad(email).map(TeamState.Member::userId).orElseGet(() -> {
      Identities.Account account = accountFor(tenant, email, name);
      identities.setRole(account.userId(), role);
      return account.userId();
    });
    return new Invitation(member, commands.handle(TeamRecord.streamOf(tenant),
        new InviteMember(member, email, name, role, context.actor()), context, TeamDecider.INSTANCE));
  }

  public CommandResult changeRole(TenantId tenant, UserId member, Role role, CommandContext context) {
    requireOwner(context);
    requireRecorded(tenant, member);
    CommandResult result = commands.handle(TeamRecord.streamOf(tenant), new ChangeRole(member, role, context.actor()),
        context, TeamDecider.INSTANCE);
    identities.setRole(member, role);
    return result;
  }

  public CommandResult remove(TenantId tenant, UserId member, CommandContext context) {
    requireOwner(context);
    requireRecorded(tenant, member);
    CommandResult result = commands.handle(TeamRecord.streamOf(tenant), new RemoveMember(member, context.actor()),
        context, TeamDecider.INSTANCE);
    identities.disable(member);
    return result;
  }

  /**
   * A member's text messages: the member sets their own mobile number (absent: forgotten) and opts in
   * or out; an owner may forget another member's number (the decider's rule). No account is touched.
   */
  public CommandResult setTextMessages(TenantId tenant, UserId member, MobileNumber mobile, boolean optIn,
                                       CommandContext context) {
    requireRecorded(tenant, member);
    return commands.handle(TeamRecord.streamOf(tenant), new SetTextMessages(member, mobile, optIn, context.actor()),
        context, TeamDecider.INSTANCE);
  }

  private static void requireOwner(CommandContext context) {
    if (!context.actor().roles().contains(Role.OWNER)) {
      throw Rejection.forbidden("team.owner-only", "only an owner may change the team");
    }
  }

  /** A team never recorded has no member to change: 404, and nothing is written. */
  private void requireRecorded(TenantId tenant, UserId member) {
    if (team.of(tenant) instanceof TeamState.Unrecorded) {
      throw Rejection.notFound("team.member-not-found", member + " is not a member of the team");
    }
  }

  /** Begins the team's record with the calling owner's account when it has not begun. */
  private void founded(TenantId tenant, CommandContext context) {
    if (!(team.of(tenant) instanceof TeamState.Unrecorded)) {
      return;
    }
    UserId owner = context.actor().userId();
    Identities.Account account = identities.find(owner).filter(a -> a.tenant().equals(tenant))
        .orElseThrow(() -> Rejection.forbidden("team.not-an-account-of-the-business",
            "the caller's account does not belong to this business"));
    commands.handle(TeamRecord.streamOf(tenant), new FoundTeam(owner, account.email(), account.name(), context.actor()),
        new CommandContext(context.commandId() + ":found", context.payloadHash(), context.actor(),
            context.correlationId(), context.commandId(), context.receivedAt(), java.util.OptionalLong.empty()),
        TeamDecider.INSTANCE);
  }

  private Identities.Account accountFor(TenantId tenant, EmailAddress email, String name) {
    try {
      return identities.create(tenant, email, name);
    } catch (Identities.EmailTaken taken) {
      Identities.Account existing = identities.find(email).orElseThrow(() -> taken);
      if (!existing.tenant().equals(tenant)) {
        throw Rejection.conflict("team.email-taken", email + " already has an account with another business");
      }
      return existing;
    }
  }
}
