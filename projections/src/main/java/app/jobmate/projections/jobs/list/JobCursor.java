package app.jobmate.projections.jobs.list;

import app.jobmate.events.EventJson;
import app.jobmate.events.values.JobId;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the job list ended: the last job's creation time and id (keyset paging: the next
 * page starts strictly after it, so jobs added meanwhile cause neither repeats nor gaps). Opaque to
 * clients: base64url of a small JSON object.
 */
public record JobCursor(Instant createdAt, String jobId) {

  public JobCursor {
    if (createdAt == null || jobId == null) {
      throw new IllegalArgumentException("createdAt and jobId are required");
    }
  }

  public String encode() {
    String json = EventJson.mapper().createObjectNode().put("c", createdAt.toString()).put("id", jobId).toString();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException when {@code text} is not a cursor this service wrote */
  public static JobCursor decode(String text) {
    try {
      JsonNode json = EventJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
      return new JobCursor(Instant.parse(json.get("c").textValue()), JobId.of(json.get("id").textValue()).toString());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("is not a cursor from this list", e);
    }
  }
}
