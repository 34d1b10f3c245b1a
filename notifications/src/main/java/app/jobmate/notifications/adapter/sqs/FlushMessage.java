package app.jobmate.notifications.adapter.sqs;

import app.jobmate.events.EventJson;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.summaries.Subject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** The body of a message on the flush queue: the subject to flush, {@code {"tenantId":…,"streamType":…,"streamId":…}}. */
public final class FlushMessage {

  private FlushMessage() {
  }

  public static String write(Subject subject) {
    return EventJson.mapper().createObjectNode()
        .put("tenantId", subject.tenantId().value())
        .put("streamType", subject.streamType())
        .put("streamId", subject.streamId())
        .toString();
  }

  /** @throws IllegalArgumentException for a body that does not name a subject (a poison message) */
  public static Subject read(String body) {
    JsonNode json;
    try {
      json = EventJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the flush message is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.path("tenantId").isTextual() || !json.path("streamType").isTextual()
        || !json.path("streamId").isTextual()) {
      throw new IllegalArgumentException("the flush message names no tenantId, streamType and streamId");
    }
    return new Subject(TenantId.of(json.get("tenantId").asText()), json.get("streamType").asText(),
        json.get("streamId").asText());
  }
}
