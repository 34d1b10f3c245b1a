package app.jobmate.projections.audit;

import app.jobmate.events.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the audit trail ended: the last entry's time and key, its event's place in its
 * stream ({@code DocumentId.ofEvent}) (keyset paging: the next
 * page starts strictly after it, so changes made meanwhile cause neither repeats nor gaps). Opaque
 * to clients: base64url of a small JSON object.
 */
public record AuditCursor(Instant at, String key) {

  public AuditCursor {
    if (at == null || key == null || key.isEmpty() || key.length() > 300
        || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '#')) {
      throw new IllegalArgumentException("at and a key are required");
    }
  }

  /** Whether an entry at {@code entryAt} with {@code entryKey} comes after this cursor, in the trail's order. */
  public boolean isBefore(Instant entryAt, String entryKey) {
    int byTime = at.compareTo(entryAt);
    return byTime < 0 || byTime == 0 && key.compareTo(entryKey) < 0;
  }

  public String encode() {
    String json = EventJson.mapper().createObjectNode().put("at", at.toString()).put("k", key).toString();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static AuditCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      return new AuditCursor(Instant.parse(json.get("at").textValue()), json.get("k").textValue());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this trail", e);
    }
  }
}
