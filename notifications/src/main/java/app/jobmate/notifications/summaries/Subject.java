package app.jobmate.notifications.summaries;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.values.TenantId;

/** The thing an event is about (its stream), within its tenant: a task, a quote. */
public record Subject(TenantId tenantId, String streamType, String streamId) {

  public Subject {
    if (tenantId == null || streamType == null || streamType.isBlank() || streamId == null || streamId.isBlank()) {
      throw new IllegalArgumentException("tenantId, streamType and streamId are required");
    }
  }

  public static Subject of(EventEnvelope envelope) {
    return new Subject(envelope.tenantId(), envelope.streamType(), envelope.streamId());
  }
}
