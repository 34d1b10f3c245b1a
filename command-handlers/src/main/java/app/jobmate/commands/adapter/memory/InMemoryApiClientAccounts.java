package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.team.ApiClientAccounts;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.apiclients.ApiClientDirectory;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API client accounts in memory: app clients with random ids and secrets, entered in the directory
 * given. {@link #failNextCreate()} makes the next creation fail, as the provider can.
 */
public final class InMemoryApiClientAccounts implements ApiClientAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiClientDirectory directory;
  private final Map<ApiClientId, String> appClients = new ConcurrentHashMap<>();
  private volatile boolean failNext;

  public InMemoryApiClientAccounts(ApiClientDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Credentials create(TenantId tenant, String name) {
    if (failNext) {
      failNext = false;
      throw new IllegalStateException("the identity provider is unavailable");
    }
    ApiClientId clientId = ApiClientId.of(random(13));
    String secret = random(32);
    appClients.put(clientId, secret);
    directory.register(clientId, tenant, name);
    return new Credentials(clientId, secret);
  }

  @Override
  public void revoke(TenantId tenant, ApiClientId clientId) {
    if (directory.revoke(clientId, tenant)) {
      appClients.remove(clientId);
    }
  }

  /** The app clients that exist (not deleted). */
  public Set<ApiClientId> appClients() {
    return Set.copyOf(appClients.keySet());
  }

  public void failNextCreate() {
    failNext = true;
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
