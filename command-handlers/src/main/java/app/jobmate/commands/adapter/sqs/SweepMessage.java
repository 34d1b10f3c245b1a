package app.jobmate.commands.adapter.sqs;

import app.jobmate.commands.expiry.DueQuote.Position;
import app.jobmate.commands.expiry.Sweep;
import app.jobmate.events.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A sweep's continuation as an SQS message body:
 * {@code {"today": "2026-11-27", "after": "2026-11-27#t-acme#0193a5b2-…"}} ({@code after} absent
 * for a sweep from its start).
 */
public final class SweepMessage {

  private SweepMessage() {
  }

  public static String write(Sweep sweep) {
    ObjectNode body = EventJson.mapper().createObjectNode().put("today", sweep.today().toString());
    sweep.after().ifPresent(position -> body.put("after", position.key()));
    return body.toString();
  }

  /** @throws IllegalArgumentException for a body that is not a sweep's continuation */
  public static Sweep read(String body) {
    JsonNode json;
    try {
      json = EventJson.mapper().readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a sweep continuation is JSON: " + e.getOriginalMessage(), e);
    }
    if (json == null || !json.path("today").isTextual()) {
      throw new IllegalArgumentException("a sweep continuation names its day in \"today\"");
    }
    try {
      JsonNode after = json.path("after");
      return new Sweep(LocalDate.parse(json.get("today").asText()),
          after.isTextual() ? Optional.of(Position.ofKey(after.asText())) : Optional.empty());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a sweep continuation: " + body, e);
    }
  }
}
