package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The envelopes of one resource's stream as the write side would commit them: versions from 1, a minute apart. */
public final class ResourceStream {

  private final TenantId tenant;
  private final ResourceId resourceId;
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private Instant clock;

  public ResourceStream(String tenant, ResourceId resourceId, Instant start) {
    this.tenant = TenantId.of(tenant);
    this.resourceId = resourceId;
    this.clock = start;
  }

  public static ResourceId id(int n) {
    return ResourceId.of(String.format("0193c1a0-5555-7abc-8def-%012d", n));
  }

  public ResourceId resourceId() {
    return resourceId;
  }

  public EventEnvelope append(ResourceEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    long version = envelopes.size() + 1;
    EventEnvelope envelope = new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + resourceId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), tenant, "resource", resourceId.toString(), version, clock, "cmd-" + version,
        "corr-" + resourceId, null, new Actor(UserId.of("u-owner"), List.of(Role.OWNER)),
        EventCodec.standard().encode(event));
    envelopes.add(envelope);
    clock = clock.plusSeconds(60);
    return envelope;
  }
}
