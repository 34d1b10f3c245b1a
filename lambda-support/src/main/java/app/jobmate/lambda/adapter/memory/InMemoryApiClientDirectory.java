package app.jobmate.lambda.adapter.memory;

import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.values.TenantId;
import app.jobmate.lambda.apiclients.ApiClientDirectory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The API clients directory in memory, for tests and the in-process wiring; passes the same contract as DynamoDB's. */
public final class InMemoryApiClientDirectory implements ApiClientDirectory {

  private final ConcurrentMap<ApiClientId, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryApiClientDirectory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void register(ApiClientId clientId, TenantId tenant, String name) {
    Entry entry = new Entry(clientId, tenant, name, clock.instant(), Optional.empty());
    if (entries.putIfAbsent(clientId, entry) != null) {
      throw new IllegalStateException(clientId + " is already in the directory");
    }
  }

  @Override
  public boolean revoke(ApiClientId clientId, TenantId tenant) {
    Entry after = entries.computeIfPresent(clientId, (id, entry) -> entry.tenant().equals(tenant) && entry.active()
        ? new Entry(id, tenant, entry.name(), entry.createdAt(), Optional.of(clock.instant())) : entry);
    return after != null && after.tenant().equals(tenant);
  }

  @Override
  public Optional<Entry> find(ApiClientId clientId) {
    return Optional.ofNullable(entries.get(clientId));
  }
}
