package app.jobmate.commands.team;

import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.Optional;

/**
 * The accounts people sign in with (in AWS the Cognito user pool; locally the local cloud's user
 * directory): the team service keeps them in step with the team's record. A role is a group.
 */
public interface Identities {

  /** An account: its user id (Cognito's {@code sub}), the business it belongs to, its email and name. */
  record Account(UserId userId, TenantId tenant, EmailAddress email, String name, boolean enabled) {
  }

  /** The email address already names an account (Cognito's {@code UsernameExistsException}). */
  final class EmailTaken extends RuntimeException {
    public EmailTaken(EmailAddress email) {
      super(email + " already names an account");
    }
  }

  /**
   * Creates the account of {@code tenant}'s new member; the provider sends the invitation with a
   * temporary password.
   *
   * @throws EmailTaken when the email already names an account (of this business or another)
   */
  Account create(TenantId tenant, EmailAddress email, String name);

  /** The account this email address (or user id) names, if any. */
  Optional<Account> find(EmailAddress email);

  Optional<Account> find(UserId user);

  /** The account's role is {@code role} and no other Jobmate role. */
  void setRole(UserId user, Role role);

  /** The account can no longer sign in, and its sessions are signed out everywhere. */
  void disable(UserId user);
}
