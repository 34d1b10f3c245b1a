package app.jobmate.projections.core;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;

/** One stream of the event store: {@code <tenantId>#<streamType>#<streamId>}. */
public record StreamRef(TenantId tenantId, String streamType, String streamId) {

  public StreamRef {
    if (tenantId == null || streamType == null || streamId == null) {
      throw new IllegalArgumentException("tenantId, streamType and streamId are required");
    }
  }

  public static StreamRef of(EventEnvelope envelope) {
    return new StreamRef(envelope.tenantId(), envelope.streamType(), envelope.streamId());
  }

  /** The partition key of the stream in the {@code events} table. */
  public String key() {
    return tenantId.value() + "#" + streamType + "#" + streamId;
  }
}
