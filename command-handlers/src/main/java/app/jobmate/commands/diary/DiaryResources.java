package app.jobmate.commands.diary;

import app.jobmate.commands.resources.ResourceState;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.TenantId;

/**
 * Where a piece of equipment or a vehicle an appointment names stands, as the resources context's stream
 * says: the port the diary checks a booking's {@code resources} through (docs/decisions/diary-equipment.md).
 */
public interface DiaryResources {

  /** The resource in the tenant: none (not there, or another business's), in use, or retired. */
  ResourceState stateOf(TenantId tenant, ResourceId resource);
}
