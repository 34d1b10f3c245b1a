package app.jobmate.commands.team;

import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;

/**
 * What the owner asks of the business's team. The member's user id of an invitation is the one the
 * identity provider gave the account created for them (Cognito's {@code sub}), so it arrives on the
 * command.
 */
public sealed interface TeamCommand {

  Actor actor();

  /** Begins the team's record with the owner who signed the business up. */
  record FoundTeam(UserId ownerId, EmailAddress email, String name, Actor actor) implements TeamCommand {
    public FoundTeam {
      Require.present(ownerId, "ownerId");
      Require.present(email, "email");
    }
  }

  record InviteMember(UserId userId, EmailAddress email, String name, Role role, Actor actor) implements TeamCommand {
    public InviteMember {
      Require.present(userId, "userId");
      Require.present(email, "email");
      Require.present(role, "role");
    }
  }

  record ChangeRole(UserId userId, Role role, Actor actor) implements TeamCommand {
    public ChangeRole {
      Require.present(userId, "userId");
      Require.present(role, "role");
    }
  }

  record RemoveMember(UserId userId, Actor actor) implements TeamCommand {
    public RemoveMember {
      Require.present(userId, "userId");
    }
  }

  /** Records the API client the identity provider created for the business. */
  record AddApiClient(ApiClientId clientId, String name, Actor actor) implements TeamCommand {
    public AddApiClient {
      Require.present(clientId, "clientId");
      name = Require.text(name, TeamEvent.MAX_NAME, "name");
    }
  }

  record RevokeApiClient(ApiClientId clientId, Actor actor) implements TeamCommand {
    public RevokeApiClient {
      Require.present(clientId, "clientId");
    }
  }
}
