package app.jobmate.notifications.adapter.sqs;

import app.jobmate.events.EventJson;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.FlushWork;
import app.jobmate.notifications.push.Resend;
import app.jobmate.events.StreamId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of a message on the flush queue: the subject to flush,
 * {@code {"tenantId":…,"streamType":…,"streamId":…}}, or a message to resend to one connection,
 * {@code {"tenantId":…,"resendTo":…,"message":…}}.
 */
public final class FlushMessage {

  private FlushMessage() {
  }

  public static String write(StreamId subject) {
    return EventJson.mapper().createObjectNode()
        .put("tenantId", subject.tenantId().value())
        .put("streamType", subject.streamType())
        .put("streamId", subject.streamId())
        .toString();
  }

  public static String write(Resend resend) {
    return EventJson.mapper().createObjectNode()
        .put("tenantId", resend.tenantId().value())
        .put("resendTo", resend.connectionId().value())
        .put("message", resend.message())
        .toString();
  }

  /** @throws IllegalArgumentException for a body that names neither a subject nor a resend (a poison message) */
  public static FlushWork readWork(String body) {
    JsonNode json = parse(body);
    if (json.has("resendTo")) {
      if (!json.path("tenantId").isTextual() || !json.path("resendTo").isTextual() || !json.path("message").isTextual()) {
        throw new IllegalArgumentException("the resend message names no tenantId, resendTo and message");
      }
      return new FlushWork.Send(new Resend(TenantId.of(json.get("tenantId").asText()),
          ConnectionId.of(json.get("resendTo").asText()), json.get("message").asText()));
    }
    return new FlushWork.Flush(subject(json));
  }

  /** @throws IllegalArgumentException for a body that does not name a subject (a poison message) */
  public static StreamId read(String body) {
    return subject(parse(body));
  }

  private static JsonNode parse(String body) {
    JsonNode json;
    try {
      json = EventJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the flush message is not JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("the flush message is not a JSON object");
    }
    return json;
  }

  private static StreamId subject(JsonNode json) {
    if (json == null || !json.path("tenantId").isTextual() || !json.path("streamType").isTextual()
        || !json.path("streamId").isTextual()) {
      throw new IllegalArgumentException("the flush message names no tenantId, streamType and streamId");
    }
    return new StreamId(TenantId.of(json.get("tenantId").asText()), json.get("streamType").asText(),
        json.get("streamId").asText());
  }
}
