package app.jobmate.projections.resources;

import app.jobmate.events.resources.ResourceKind;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import java.util.Comparator;
import java.util.Set;

/**
 * The resources of a business, of some kinds (none named: every kind), retired ones only when asked:
 * at most {@link #MAX} of them, in name order. A small business keeps tens of vans and ladders; a list
 * that reaches the bound says it was cut short rather than paging.
 */
public record ListResources(TenantId tenantId, Set<ResourceKind> kinds, boolean includeRetired) {

  public static final int MAX = 500;

  /** By name as written, then by id, so that two of the same name keep one order. */
  public static final Comparator<Versioned<Resource>> BY_NAME = Comparator
      .<Versioned<Resource>, String>comparing(v -> v.document().name()).thenComparing(Versioned::streamId);

  public ListResources {
    kinds = Set.copyOf(kinds);
  }

  public boolean matches(Versioned<Resource> resource) {
    return resource.tenantId().equals(tenantId)
        && (kinds.isEmpty() || kinds.contains(resource.document().kind()))
        && (includeRetired || !resource.document().retired());
  }
}
