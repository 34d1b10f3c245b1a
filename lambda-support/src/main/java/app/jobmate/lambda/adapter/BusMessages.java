package app.jobmate.lambda.adapter;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of a message that an EventBridge rule delivered to a consumer's queue (no input
 * transformer): the whole EventBridge event, whose {@code detail} is the event's envelope and whose
 * {@code detail-type} is its event type (docs/architecture.md, "The envelope"). The one reader of
 * such bodies for every consumer.
 */
public final class BusMessages {

  private BusMessages() {
  }

  /**
   * The envelope a body carries.
   *
   * @throws IllegalArgumentException when the body is not an EventBridge event holding an envelope of
   *     its detail-type (a poison message)
   */
  public static EventEnvelope envelope(String body) {
    JsonNode event;
    try {
      event = EventJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage(), e);
    }
    if (event == null || !event.isObject() || !event.path("detail").isObject() || !event.path("detail-type").isTextual()) {
      throw new IllegalArgumentException("the body is not an EventBridge event with a detail");
    }
    EventEnvelope envelope;
    try {
      envelope = EventJson.mapper().treeToValue(event.get("detail"), EventEnvelope.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the detail is not an event envelope: " + e.getMessage(), e);
    }
    if (!envelope.eventType().equals(event.get("detail-type").textValue())) {
      throw new IllegalArgumentException("detail-type " + event.get("detail-type").textValue()
          + " does not match the envelope's " + envelope.eventType());
    }
    return envelope;
  }

  /** The body an EventBridge rule delivers for {@code envelope} published by {@code source} ({@code jobmate.tasks}). */
  public static String body(EventEnvelope envelope, String source) {
    ObjectNode event = EventJson.mapper().createObjectNode()
        .put("version", "0")
        .put("id", envelope.eventId())
        .put("detail-type", envelope.eventType())
        .put("source", source)
        .put("time", envelope.occurredAt().toString());
    event.putArray("resources");
    event.set("detail", EventJson.mapper().valueToTree(envelope));
    return event.toString();
  }
}
