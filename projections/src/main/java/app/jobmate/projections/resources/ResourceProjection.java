package app.jobmate.projections.resources;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventTypes;
import app.jobmate.events.resources.ResourceDetails;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceEvent.ResourceAdded;
import app.jobmate.events.resources.ResourceEvent.ResourceChanged;
import app.jobmate.events.resources.ResourceEvent.ResourceRestored;
import app.jobmate.events.resources.ResourceEvent.ResourceRetired;
import app.jobmate.events.resources.ResourceEvents;
import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.core.Projection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** The resource documents: take every resource event. */
public final class ResourceProjection implements Projection<Resource, ResourceEvent> {

  public static final String NAME = "resource";

  private static final Set<String> TAKEN = EventTypes.namesOf(ResourceEvents.STREAM);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<Resource> documentType() {
    return Resource.class;
  }

  @Override
  public Class<ResourceEvent> eventClass() {
    return ResourceEvent.class;
  }

  @Override
  public String streamType() {
    return ResourceEvents.STREAM;
  }

  @Override
  public Set<String> eventTypes() {
    return TAKEN;
  }

  @Override
  public Resource evolve(Resource resource, EventEnvelope envelope, ResourceEvent event) {
    // Mongo keeps milliseconds: so does the document, whichever store it is in
    Instant at = envelope.occurredAt().truncatedTo(ChronoUnit.MILLIS);
    if (resource == null) {
      if (!(event instanceof ResourceAdded e)) {
        throw new IllegalStateException("a resource starts with ResourceAdded, not " + envelope.eventType());
      }
      return of(e.kind(), e.details(), false, at, at);
    }
    Resource r = resource;
    return switch (event) {
      case ResourceAdded e -> throw new IllegalStateException("resource " + e.resourceId() + " is added twice");
      case ResourceChanged e -> of(e.kind(), e.details(), r.retired(), r.addedAt(), at);
      case ResourceRetired e -> new Resource(r.kind(), r.name(), r.registration(), r.motDue(), r.serviceDue(), r.notes(),
          r.busy(), true, r.addedAt(), at);
      case ResourceRestored e -> new Resource(r.kind(), r.name(), r.registration(), r.motDue(), r.serviceDue(),
          r.notes(), r.busy(), false, r.addedAt(), at);
    };
  }

  private static Resource of(ResourceKind kind, ResourceDetails d, boolean retired, Instant addedAt, Instant at) {
    return new Resource(kind, d.name(), d.registration() == null ? null : d.registration().value(), d.motDue(),
        d.serviceDue(), d.notes(), d.busy(), retired, addedAt, at);
  }
}
