package app.jobmate.projections.resources;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Projection;
import app.jobmate.projections.core.ReadSide;
import java.util.List;
import java.util.Map;

/**
 * The read side of the resources context: one document per piece of equipment or vehicle, which takes
 * every resource event. The resource list and a resource's page are queries over it.
 */
public final class ResourceReadSide implements ReadSide {

  public static final String NAME = "resources";

  private static final List<Projection<?, ?>> PROJECTIONS = List.of(new ResourceProjection());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Projection<?, ?>> projections() {
    return PROJECTIONS;
  }

  /** Tenant first, then the kind: the whole list (the tenant prefix) and the list of one kind. */
  @Override
  public Map<String, List<Index>> indexes() {
    return Map.of(ResourceProjection.NAME, List.of(Index.ascending("by_kind", Index.TENANT, "kind", Index.ID)));
  }

  @Override
  public DomainEvent primingEvent(String streamId) {
    return new ResourceAdded(ResourceId.of(streamId), ResourceKind.EQUIPMENT,
        new ResourceDetails("SnapStart priming", null, null, null, "Primes the resource projector", false));
  }
}
