package app.jobmate.events;

import app.jobmate.events.values.TenantId;

/**
 * A stream of events: one aggregate of one tenant, such as a quote or a task. The same id in two
 * tenants is two streams. Its key in the event store is {@code <tenantId>#<streamType>#<streamId>}.
 * The one identity of a stream on every side: the commands that append to it, the read models and
 * the notifications that follow it.
 */
public record StreamId(TenantId tenantId, String streamType, String streamId) {

  public StreamId {
    if (tenantId == null || streamType == null || streamId == null || streamType.isBlank() || streamId.isBlank()) {
      throw new IllegalArgumentException("tenantId, streamType and streamId are required");
    }
    if (streamType.contains("#") || streamId.contains("#")) {
      throw new IllegalArgumentException("stream type and id may not contain '#'");
    }
  }

  /** The stream an event belongs to. */
  public static StreamId of(EventEnvelope envelope) {
    return new StreamId(envelope.tenantId(), envelope.streamType(), envelope.streamId());
  }

  /** The partition key of the stream in the event store: {@code <tenantId>#<streamType>#<streamId>}. */
  public String key() {
    return tenantId.value() + "#" + streamType + "#" + streamId;
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
