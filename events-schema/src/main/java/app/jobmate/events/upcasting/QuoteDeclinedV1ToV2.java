package app.jobmate.events.upcasting;

import app.jobmate.events.quotes.DeclineReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * QuoteDeclined v1 carried the customer's reason as free text ({@code "reason": "too dear"}).
 * v2 has a reason code the pipeline report can count, and the text as a note: a v1 reason reads
 * as {@code "reason": "other", "note": "too dear"}.
 */
final class QuoteDeclinedV1ToV2 implements Upcaster {

  @Override
  public String eventType() {
    return "QuoteDeclined";
  }

  @Override
  public int fromVersion() {
    return 1;
  }

  @Override
  public JsonNode upcast(JsonNode v1) {
    ObjectNode v2 = v1.deepCopy();
    JsonNode text = v2.remove("reason");
    v2.put("reason", DeclineReason.OTHER.wireName());
    if (text != null && text.isTextual() && !text.asText().isBlank()) {
      v2.put("note", text.asText());
    }
    return v2;
  }
}
