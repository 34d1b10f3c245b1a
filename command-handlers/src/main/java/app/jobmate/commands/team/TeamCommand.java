package app.jobmate.commands.team;

import app.jobmate.events.Actor;
import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
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

  /**
   * Sets a member's text messages: the member themself sets their number and opts in or out; an
   * owner may clear another member's (no number, not opted in) and nothing more.
   */
  record SetTextMessages(UserId userId, MobileNumber mobile, boolean optIn, Actor actor) implements TeamCommand {
    public SetTextMessages {
      Require.present(userId, "userId");
      if (optIn && mobile == null) {
        throw new IllegalArgumentException("opting in to text messages needs a mobile number");
      }
    }

    /** No number (and so not opted in): the number forgotten, what an owner may do for someone else. */
    public boolean clears() {
      return mobile == null && !optIn;
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
