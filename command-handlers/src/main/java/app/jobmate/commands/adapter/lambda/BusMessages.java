package app.jobmate.commands.adapter.lambda;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of a message that an EventBridge rule delivered to a queue (no input transformer): the
 * EventBridge event, whose {@code detail} is the event's envelope (DESIGN §4).
 */
final class BusMessages {

  private BusMessages() {
  }

  /** @throws IllegalArgumentException for a body that is not an EventBridge event carrying an envelope */
  static EventEnvelope envelope(String body) {
    JsonNode detail;
    try {
      detail = EventJson.mapper().readTree(body == null ? "" : body).path("detail");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the message is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!detail.isObject()) {
      throw new IllegalArgumentException("the message is not an EventBridge event with an envelope as its detail");
    }
    try {
      return EventJson.mapper().treeToValue(detail, EventEnvelope.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the detail is not an event envelope: " + e.getMessage(), e);
    }
  }
}
