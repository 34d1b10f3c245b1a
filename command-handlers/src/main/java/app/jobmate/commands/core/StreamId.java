package app.jobmate.commands.core;

import app.jobmate.events.values.TenantId;

/**
 * A stream of events: one aggregate of one tenant. The same id in two tenants is two streams.
 * Its key in the event store is {@code <tenantId>#<streamType>#<id>}.
 */
public record StreamId(TenantId tenantId, String streamType, String id) {

  public StreamId {
    if (tenantId == null || streamType == null || id == null || streamType.isBlank() || id.isBlank()) {
      throw new IllegalArgumentException("tenantId, streamType and id are required");
    }
    if (streamType.contains("#") || id.contains("#")) {
      throw new IllegalArgumentException("stream type and id may not contain '#'");
    }
  }

  public String key() {
    return tenantId.value() + "#" + streamType + "#" + id;
  }

  public static StreamId fromKey(String key) {
    String[] parts = key.split("#", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a stream key: " + key);
    }
    return new StreamId(TenantId.of(parts[0]), parts[1], parts[2]);
  }

  @Override
  public String toString() {
    return key();
  }
}
