package app.jobmate.events;

import app.jobmate.events.values.TenantId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An event as stored and published (docs/architecture.md, "The envelope"): the EventBridge {@code detail}. Technical metadata
 * lives here, the business fact in {@code data}, whose shape the {@code eventType} at
 * {@code schemaVersion} defines (a JSON Schema in this module). {@code version} is the event's
 * position in its stream, from 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(String eventId, String eventType, int schemaVersion, TenantId tenantId, String streamType,
                            String streamId, long version, Instant occurredAt, String commandId, String correlationId,
                            String causationId, Actor actor, JsonNode data) {

  public EventEnvelope {
    if (eventId == null || eventType == null || tenantId == null || streamType == null || streamId == null
        || occurredAt == null || data == null) {
      throw new IllegalArgumentException("eventId, eventType, tenantId, streamType, streamId, occurredAt and data are required");
    }
    if (version < 1 || schemaVersion < 1) {
      throw new IllegalArgumentException("version and schemaVersion start at 1");
    }
  }

  /** The same event as another type, schema version or payload (the result of upcasting). */
  public EventEnvelope upcastTo(String newEventType, int newSchemaVersion, JsonNode newData) {
    return new EventEnvelope(eventId, newEventType, newSchemaVersion, tenantId, streamType, streamId, version,
        occurredAt, commandId, correlationId, causationId, actor, newData);
  }
}
