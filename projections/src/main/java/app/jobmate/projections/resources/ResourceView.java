package app.jobmate.projections.resources;

import app.jobmate.events.resources.ResourceKind;
import app.jobmate.projections.core.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A resource's page as the API answers it: the whole document for owners and admins; its id, name,
 * kind and busy flag for staff (the other fields absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceView(String resourceId, Long version, ResourceKind kind, String name, Boolean busy,
                           String registration, LocalDate motDue, LocalDate serviceDue, String notes, Boolean retired,
                           Instant addedAt, Instant updatedAt) {

  public static ResourceView of(Versioned<Resource> v, boolean everything) {
    Resource r = v.document();
    return everything
        ? new ResourceView(v.streamId(), v.version(), r.kind(), r.name(), r.busy(), r.registration(), r.motDue(),
            r.serviceDue(), r.notes(), r.retired(), r.addedAt(), r.updatedAt())
        : new ResourceView(v.streamId(), null, r.kind(), r.name(), r.busy(), null, null, null, null, null, null, null);
  }
}
