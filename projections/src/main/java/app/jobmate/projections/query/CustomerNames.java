package app.jobmate.projections.query;

import app.jobmate.events.values.TenantId;
import java.util.Map;
import java.util.Set;

/**
 * The names of the customers quotes are for, read at query time from the customer book, so that a
 * rename shows at once and an erased customer shows as "Erased customer". A port of the quotes
 * context: its adapters read the customer read model by its published shape (collection name and
 * fields), not by the customers context's classes (docs/decisions/reading-across-read-sides.md).
 */
public interface CustomerNames {

  /**
   * The name of each of these customers (ids as text) that the tenant's book has; a customer the
   * book does not have (not projected yet, or never there) is left out.
   */
  Map<String, String> namesOf(TenantId tenant, Set<String> customerIds);
}
