package app.jobmate.commands.outbox;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;

/** An event as a bus entry: source {@code jobmate.<context>}, detail-type its type, detail its envelope. */
public record PublishEntry(String source, String detailType, String detail, EventEnvelope envelope) {

  public static PublishEntry of(EventEnvelope envelope) {
    try {
      return new PublishEntry(sourceOf(envelope), envelope.eventType(), EventJson.mapper().writeValueAsString(envelope),
          envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write envelope " + envelope.eventId(), e);
    }
  }

  /** The size EventBridge counts against its 256 KB: source, detail-type and detail in UTF-8. */
  public int size() {
    return utf8(source) + utf8(detailType) + utf8(detail);
  }

  private static String sourceOf(EventEnvelope envelope) {
    // a type this code does not know (a newer writer) still belongs to its stream's context
    String context = EventTypes.byName(envelope.eventType()).map(EventType::context)
        .or(() -> EventTypes.all().stream().filter(t -> t.streamType().equals(envelope.streamType()))
            .map(EventType::context).findFirst())
        .orElse(envelope.streamType());
    return "jobmate." + context;
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
