package app.jobmate.projections.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.query.CustomerNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Customer names kept in memory, for the quote queries' tests. */
public final class InMemoryCustomerNames implements CustomerNames {

  private final Map<String, String> names = new ConcurrentHashMap<>();

  /** The customer's name in the tenant's book, from now on (a rename replaces it). */
  public InMemoryCustomerNames name(TenantId tenant, String customerId, String name) {
    names.put(tenant.value() + "#" + customerId, name);
    return this;
  }

  @Override
  public Map<String, String> namesOf(TenantId tenant, Set<String> customerIds) {
    Map<String, String> found = new HashMap<>();
    for (String id : customerIds) {
      String name = names.get(tenant.value() + "#" + id);
      if (name != null) {
        found.put(id, name);
      }
    }
    return found;
  }
}
