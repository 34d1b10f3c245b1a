package app.jobmate.events.resources;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.values.Require;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What happens to a piece of equipment or a vehicle (docs/business-rules.md, resources): added, its
 * details changed, retired (no longer bookable, kept for the record) and restored. One stream per
 * resource. Optional fields are absent on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ResourceEvent extends DomainEvent {

  ResourceId resourceId();

  /** A new resource of a kind, which it keeps for life. */
  record ResourceAdded(ResourceId resourceId, ResourceKind kind, ResourceDetails details) implements ResourceEvent {
    public ResourceAdded {
      Require.present(resourceId, "resourceId");
      ResourceDetails.requireFor(kind, details);
    }
  }

  /** Its details after the change, whole: an absent optional field was cleared. The kind is repeated, unchanged. */
  record ResourceChanged(ResourceId resourceId, ResourceKind kind, ResourceDetails details) implements ResourceEvent {
    public ResourceChanged {
      Require.present(resourceId, "resourceId");
      ResourceDetails.requireFor(kind, details);
    }
  }

  /** No longer in use: not bookable and out of the list unless asked for; its history stays. */
  record ResourceRetired(ResourceId resourceId) implements ResourceEvent {
    public ResourceRetired {
      Require.present(resourceId, "resourceId");
    }
  }

  /** Back in use after retirement. */
  record ResourceRestored(ResourceId resourceId) implements ResourceEvent {
    public ResourceRestored {
      Require.present(resourceId, "resourceId");
    }
  }
}
