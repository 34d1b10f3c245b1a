package app.jobmate.events;

import app.jobmate.events.upcasting.EventUpcasters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Turns event records into envelope payloads and back. Reading always goes through the upcasters,
 * so a payload stored at an older schema version reads as the current record.
 */
public final class EventCodec {

  private final ObjectMapper mapper;
  private final EventUpcasters upcasters;

  public EventCodec(EventUpcasters upcasters) {
    this.mapper = EventJson.mapper();
    this.upcasters = upcasters;
  }

  /** The codec with every registered type and upcaster. */
  public static EventCodec standard() {
    return Holder.STANDARD;
  }

  public EventType<?> typeOf(DomainEvent event) {
    return EventTypes.of(event.getClass());
  }

  /** The payload of {@code event} at its type's current schema version. */
  public JsonNode encode(DomainEvent event) {
    return mapper.valueToTree(event);
  }

  /** The envelopes with their payloads brought to the current schema version. */
  public List<EventEnvelope> upcast(List<EventEnvelope> stored) {
    return upcasters.upcast(stored);
  }

  /** The events of {@code stored}, in order, each as its current record. */
  public List<DomainEvent> decode(List<EventEnvelope> stored) {
    return upcast(stored).stream().map(this::read).toList();
  }

  public DomainEvent decode(EventEnvelope stored) {
    return decode(List.of(stored)).getFirst();
  }

  private DomainEvent read(EventEnvelope current) {
    EventType<?> type = EventTypes.byName(current.eventType())
        .orElseThrow(() -> new UnknownEventType(current.eventType(), current.schemaVersion()));
    if (current.schemaVersion() != type.schemaVersion()) {
      throw new UnknownEventType(current.eventType(), current.schemaVersion());
    }
    try {
      return mapper.treeToValue(current.data(), type.recordType());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("event " + current.eventId() + " (" + current.eventType() + " v"
          + current.schemaVersion() + ") does not match its record: " + e.getMessage(), e);
    }
  }

  /** An event this code does not know: a newer writer, or a version with no upcaster. */
  public static final class UnknownEventType extends RuntimeException {
    public UnknownEventType(String type, int schemaVersion) {
      super("no record for event type " + type + " at schema version " + schemaVersion);
    }
  }

  private static final class Holder {
    static final EventCodec STANDARD = new EventCodec(EventUpcasters.standard());
  }
}
