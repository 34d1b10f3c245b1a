package app.jobmate.lambda.apiclients;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Whose each API client is: the one place a token's {@code client_id} is turned into a tenant. A
 * client-credentials token names no user and no tenant (the identity provider's app clients carry no
 * attributes), so the reports' authorizer looks the client up here on every request, with a
 * consistent read: a revoked client is refused from the next request.
 */
public interface ApiClientDirectory {

  /** A client of {@code tenant}, entered when it was created; {@code revokedAt} once its access ended. */
  record Entry(ApiClientId clientId, TenantId tenant, String name, Instant createdAt, Optional<Instant> revokedAt) {

    public boolean active() {
      return revokedAt.isEmpty();
    }
  }

  /** Enters a new client as {@code tenant}'s. Client ids are the identity provider's and never reused. */
  void register(ApiClientId clientId, TenantId tenant, String name);

  /**
   * Marks {@code tenant}'s client revoked, for good; again changes nothing. A client of another
   * tenant, or none, is left as it is.
   *
   * @return whether the directory holds the client as {@code tenant}'s (revoked now, or before)
   */
  boolean revoke(ApiClientId clientId, TenantId tenant);

  Optional<Entry> find(ApiClientId clientId);
}
