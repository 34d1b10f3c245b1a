package app.jobmate.projections.audit;

import app.jobmate.events.EventJson;
import app.jobmate.events.values.Identifier;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the audit trail ended: the last entry's time and event id (keyset paging: the next
 * page starts strictly after it, so changes made meanwhile cause neither repeats nor gaps). Opaque
 * to clients: base64url of a small JSON object.
 */
public record AuditCursor(Instant at, String eventId) {

  public AuditCursor {
    if (at == null || eventId == null) {
      throw new IllegalArgumentException("at and eventId are required");
    }
  }

  /** Whether an entry at {@code entryAt} with {@code entryEventId} comes after this cursor, in the trail's order. */
  public boolean isBefore(Instant entryAt, String entryEventId) {
    int byTime = at.compareTo(entryAt);
    return byTime < 0 || byTime == 0 && eventId.compareTo(entryEventId) < 0;
  }

  public String encode() {
    String json = EventJson.mapper().createObjectNode().put("at", at.toString()).put("id", eventId).toString();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static AuditCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      return new AuditCursor(Instant.parse(json.get("at").textValue()),
          Identifier.parse(json.get("id").textValue()).toString());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this trail", e);
    }
  }
}
