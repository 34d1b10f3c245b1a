package app.jobmate.projections.core;

import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;

/**
 * The id of a read-model document, {@code <tenantId>#<streamId>}: one document per stream and
 * tenant, the tenant part of the id because stream ids are client-generated. Every id the read side
 * stores or looks up (the projector's writes, a query's page, a cursor's last document, a
 * {@code minVersion} wait) is made here.
 */
public record DocumentId(TenantId tenantId, String streamId) {

  public DocumentId {
    if (tenantId == null || streamId == null || streamId.isBlank() || streamId.contains("#")) {
      throw new IllegalArgumentException("a document id needs a tenant and a stream id without '#'");
    }
  }

  /** The document of {@code stream} (of any stream type: each projection follows one). */
  public static DocumentId of(StreamId stream) {
    return new DocumentId(stream.tenantId(), stream.streamId());
  }

  /**
   * The document of one event, for a projection with one document per event
   * ({@link Projection#perEvent()}): {@code <streamType>:<streamId>:<version>}, the version as ten
   * digits, so that ids sort as the events of a stream do, also within one commit (whose events share
   * their time), and an event has one id however often it is delivered.
   */
  public static DocumentId ofEvent(app.jobmate.events.EventEnvelope envelope) {
    return new DocumentId(envelope.tenantId(), envelope.streamType() + ":" + envelope.streamId() + ":"
        + String.format("%010d", envelope.version()));
  }

  public static DocumentId of(TenantId tenantId, Object streamId) {
    return new DocumentId(tenantId, String.valueOf(streamId));
  }

  /** The id as stored. */
  public String value() {
    return tenantId.value() + "#" + streamId;
  }

  @Override
  public String toString() {
    return value();
  }
}
