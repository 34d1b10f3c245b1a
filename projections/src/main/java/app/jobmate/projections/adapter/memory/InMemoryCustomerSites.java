package app.jobmate.projections.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.query.CustomerSites;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Customers' sites kept in memory, with their merges and erasures, for the quote and job queries' tests. */
public final class InMemoryCustomerSites implements CustomerSites {

  private record Book(Map<String, SiteAddress> sites, String mergedInto, boolean erased) {
  }

  private final Map<String, Book> customers = new ConcurrentHashMap<>();

  /** The customer with these sites, from now on (a change replaces them all). */
  public InMemoryCustomerSites customer(TenantId tenant, String customerId, List<SiteAddress> sites) {
    Map<String, SiteAddress> byId = new ConcurrentHashMap<>();
    sites.forEach(s -> byId.put(s.siteId(), s));
    customers.put(key(tenant, customerId), new Book(byId, null, false));
    return this;
  }

  /** The customer merged into the survivor; it keeps its sites. */
  public InMemoryCustomerSites merged(TenantId tenant, String customerId, String survivor) {
    customers.computeIfPresent(key(tenant, customerId), (k, b) -> new Book(b.sites(), survivor, b.erased()));
    return this;
  }

  /** The customer erased: no site of theirs is shown again. */
  public InMemoryCustomerSites erased(TenantId tenant, String customerId) {
    customers.put(key(tenant, customerId), new Book(Map.of(), null, true));
    return this;
  }

  @Override
  public Optional<SiteAddress> addressOf(TenantId tenant, String customerId, String siteId) {
    Book customer = customers.get(key(tenant, customerId));
    if (customer == null || !customer.sites().containsKey(siteId)) {
      return Optional.empty();
    }
    Set<String> seen = new HashSet<>(Set.of(customerId));
    Book current = customer;
    for (int hop = 0; ; hop++) {
      if (current.erased()) {
        return Optional.empty();
      }
      if (current.mergedInto() == null) {
        return Optional.of(customer.sites().get(siteId));
      }
      if (hop == MAX_MERGE_HOPS || !seen.add(current.mergedInto())) {
        return Optional.empty();
      }
      Book next = customers.get(key(tenant, current.mergedInto()));
      if (next == null) {
        return Optional.of(customer.sites().get(siteId));
      }
      current = next;
    }
  }

  private static String key(TenantId tenant, String customerId) {
    return tenant.value() + "#" + customerId;
  }
}
