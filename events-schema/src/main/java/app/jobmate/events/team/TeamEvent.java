package app.jobmate.events.team;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.Role;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.UserId;

/**
 * What happens to a business's team (docs/business-rules.md, the team): founded with its first owner,
 * members invited with a role, roles changed, members removed; API clients (an accountant's or a BI
 * tool's read-only access to the reports) added and revoked. One stream per business; a member is
 * named by their user id (the token's {@code sub}), an API client by its client id.
 */
public sealed interface TeamEvent extends DomainEvent {

  int MAX_NAME = 200;

  /** The team's record begins: its first member, the owner who signed the business up. */
  record TeamFounded(UserId ownerId, EmailAddress email, String name) implements TeamEvent {
    public TeamFounded {
      Require.present(ownerId, "ownerId");
      Require.present(email, "email");
      name = Require.text(name, MAX_NAME, "name");
    }
  }

  /** Someone was asked to join: their account exists (with a temporary password) and they are a member from now. */
  record MemberInvited(UserId userId, EmailAddress email, String name, Role role) implements TeamEvent {
    public MemberInvited {
      Require.present(userId, "userId");
      Require.present(email, "email");
      name = Require.text(name, MAX_NAME, "name");
      Require.present(role, "role");
    }
  }

  record MemberRoleChanged(UserId userId, Role from, Role to) implements TeamEvent {
    public MemberRoleChanged {
      Require.present(userId, "userId");
      Require.present(from, "from");
      Require.present(to, "to");
      if (from == to) {
        throw new IllegalArgumentException("a role is changed to another role");
      }
    }
  }

  /** No longer a member: refused from their next request, their live connections closed. */
  record MemberRemoved(UserId userId) implements TeamEvent {
    public MemberRemoved {
      Require.present(userId, "userId");
    }
  }

  /**
   * A member set the UK mobile number their text messages go to, and whether they want texts
   * (visits of today moved or cancelled while they have no open connection). Only the member
   * themself sets it.
   */
  record TextMessagesSet(UserId userId, MobileNumber mobile, boolean optIn) implements TeamEvent {
    public TextMessagesSet {
      Require.present(userId, "userId");
      Require.present(mobile, "mobile");
    }
  }

  /** A member's mobile number was forgotten, by themself or an owner: no texts go to them. */
  record TextMessagesCleared(UserId userId) implements TeamEvent {
    public TextMessagesCleared {
      Require.present(userId, "userId");
    }
  }

  /** An owner gave a program (the accountant's, a BI tool) read-only access to the business's reports. */
  record ApiClientAdded(ApiClientId clientId, String name) implements TeamEvent {
    public ApiClientAdded {
      Require.present(clientId, "clientId");
      name = Require.text(name, MAX_NAME, "name");
    }
  }

  /** The API client's access ended: its tokens are refused from the next request. */
  record ApiClientRevoked(ApiClientId clientId) implements TeamEvent {
    public ApiClientRevoked {
      Require.present(clientId, "clientId");
    }
  }
}
