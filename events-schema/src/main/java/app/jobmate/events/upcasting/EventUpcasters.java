package app.jobmate.events.upcasting;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Brings stored envelopes to the current schema version of their type, through Axon's upcaster
 * chain (the only use of Axon in Jobmate: DESIGN §12). Every read of an event store goes through
 * here. Axon's revision is our schema version; payloads stay Jackson trees, never bytes.
 */
public final class EventUpcasters {

  private static final List<EventUpcaster> ALL = List.of(new QuoteDeclinedV1ToV2());

  private final EventUpcasterChain chain;
  private final JacksonSerializer serializer;

  public EventUpcasters(List<? extends EventUpcaster> upcasters) {
    this.chain = new EventUpcasterChain(upcasters);
    this.serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper()).build();
  }

  /** The chain of every upcaster Jobmate has. */
  public static EventUpcasters standard() {
    return new EventUpcasters(ALL);
  }

  /** The envelopes with their payloads at the current version, in the same order. */
  public List<EventEnvelope> upcast(List<EventEnvelope> stored) {
    if (stored.isEmpty()) {
      return List.of();
    }
    Map<String, EventEnvelope> byId = new HashMap<>();
    for (EventEnvelope envelope : stored) {
      byId.put(envelope.eventId(), envelope);
    }
    return chain.upcast(stored.stream().map(this::representation))
        .map(upcast -> {
          EventEnvelope original = byId.get(upcast.getMessageIdentifier());
          SerializedType type = upcast.getType();
          return original.upcastTo(type.getName(), Integer.parseInt(type.getRevision()),
              upcast.getData(JsonNode.class).getData());
        })
        .toList();
  }

  private IntermediateEventRepresentation representation(EventEnvelope envelope) {
    return new InitialEventRepresentation(new StoredEvent(envelope), serializer);
  }

  /** An envelope as Axon sees a stored event: the payload typed by event type and schema version. */
  private record StoredEvent(EventEnvelope envelope) implements DomainEventData<JsonNode> {

    private static final SerializedType METADATA = new SimpleSerializedType("MetaData", null);

    @Override
    public String getType() {
      return envelope.streamType();
    }

    @Override
    public String getAggregateIdentifier() {
      return envelope.streamId();
    }

    @Override
    public long getSequenceNumber() {
      return envelope.version();
    }

    @Override
    public String getEventIdentifier() {
      return envelope.eventId();
    }

    @Override
    public Instant getTimestamp() {
      return envelope.occurredAt();
    }

    @Override
    public SerializedObject<JsonNode> getMetaData() {
      return new SimpleSerializedObject<>(JsonNodeFactory.instance.objectNode(), JsonNode.class, METADATA);
    }

    @Override
    public SerializedObject<JsonNode> getPayload() {
      return new SimpleSerializedObject<>(envelope.data(), JsonNode.class,
          new SimpleSerializedType(envelope.eventType(), Integer.toString(envelope.schemaVersion())));
    }
  }
}
