package app.jobmate.commands.team;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;

/**
 * The accounts programs sign in with to read a business's reports (in AWS app clients of the Cognito
 * user pool with the client-credentials grant and the {@code reports.read} scope, and an entry in the
 * API clients directory saying whose they are; locally the local cloud's). The team service keeps
 * them in step with the team's record, as {@link Identities} keeps people's accounts.
 */
public interface ApiClientAccounts {

  /** A new client's credentials: the secret is shown to the owner once and kept nowhere of ours. */
  record Credentials(ApiClientId clientId, String secret) {
    @Override
    public String toString() {
      return "Credentials[clientId=" + clientId + ", secret=<hidden>]";
    }
  }

  /** Creates an app client for {@code tenant}'s reports and enters it in the directory as theirs. */
  Credentials create(TenantId tenant, String name);

  /**
   * Ends the client's access for good: its directory entry says revoked (tokens it holds are refused
   * from the next request) and its app client is deleted (it gets no new token). Revoking again, or a
   * client already gone, changes nothing; a client of another tenant is left alone.
   */
  void revoke(TenantId tenant, ApiClientId clientId);
}
