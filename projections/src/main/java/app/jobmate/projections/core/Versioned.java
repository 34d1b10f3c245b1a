package app.jobmate.projections.core;

import app.jobmate.events.values.TenantId;

/**
 * A document as stored: its id (a {@link DocumentId}'s value), the tenant and stream it belongs to,
 * and {@code version}, the last stream version applied to it (applied or skipped, see
 * {@link Projection}).
 */
public record Versioned<D extends Record>(String id, TenantId tenantId, String streamId, long version, D document) {

  public Versioned {
    if (id == null || tenantId == null || streamId == null || document == null) {
      throw new IllegalArgumentException("id, tenantId, streamId and document are required");
    }
    if (!id.equals(new DocumentId(tenantId, streamId).value())) {
      throw new IllegalArgumentException("document " + id + " is not the document of " + tenantId.value() + "'s stream "
          + streamId);
    }
    if (version < 1) {
      throw new IllegalArgumentException("a stored document has applied at least one event");
    }
  }

  public Versioned(DocumentId id, long version, D document) {
    this(id.value(), id.tenantId(), id.streamId(), version, document);
  }

  public DocumentId documentId() {
    return new DocumentId(tenantId, streamId);
  }
}
