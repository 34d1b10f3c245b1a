package app.jobmate.projections.team.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.team.view.BusinessNames;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Business names in memory, for tests. */
public final class InMemoryBusinessNames implements BusinessNames {

  private final Map<TenantId, String> names = new ConcurrentHashMap<>();

  public InMemoryBusinessNames named(TenantId tenant, String name) {
    names.put(tenant, name);
    return this;
  }

  @Override
  public Optional<String> nameOf(TenantId tenant) {
    return Optional.ofNullable(names.get(tenant));
  }
}
