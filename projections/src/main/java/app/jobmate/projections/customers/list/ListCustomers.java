package app.jobmate.projections.customers.list;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.customers.Customer;
import app.jobmate.projections.customers.CustomerStatus;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * A query of the customer documents: the search's prefixes, the statuses wanted, keyset paging in
 * the order of the customers' ids (UUIDv7: the order they were created in). A merged or erased
 * customer is never listed: the merged one is found as its survivor, the erased one not at all.
 * {@link #matches}, {@link #comparator} and {@link #isAfterCursor} say exactly what the query
 * means; every {@link CustomerListQueries} must answer the same.
 *
 * @param statuses {@link CustomerStatus#ACTIVE}, {@link CustomerStatus#ARCHIVED} or both
 * @param after    the id of the last customer of the previous page
 * @param limit    the page size, 1 to {@link #MAX_LIMIT}
 */
public record ListCustomers(TenantId tenantId, CustomerSearch search, Set<CustomerStatus> statuses, String after,
                            int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;
  public static final Set<CustomerStatus> LISTED = Set.of(CustomerStatus.ACTIVE, CustomerStatus.ARCHIVED);

  public ListCustomers {
    if (tenantId == null || search == null) {
      throw new IllegalArgumentException("tenantId and search are required");
    }
    statuses = statuses == null || statuses.isEmpty() ? LISTED : Set.copyOf(EnumSet.copyOf(statuses));
    if (!LISTED.containsAll(statuses)) {
      throw new IllegalArgumentException("only active and archived customers are listed");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
  }

  public static ListCustomers firstPage(TenantId tenantId, CustomerSearch search) {
    return new ListCustomers(tenantId, search, LISTED, null, DEFAULT_LIMIT);
  }

  public ListCustomers after(String customerId) {
    return new ListCustomers(tenantId, search, statuses, customerId, limit);
  }

  public boolean matches(Versioned<Customer> stored) {
    return stored.tenantId().equals(tenantId) && statuses.contains(stored.document().status())
        && search.matches(stored.document());
  }

  public Comparator<Versioned<Customer>> comparator() {
    return Comparator.comparing(Versioned::streamId);
  }

  public boolean isAfterCursor(Versioned<Customer> stored) {
    return after == null || stored.streamId().compareTo(after) > 0;
  }
}
