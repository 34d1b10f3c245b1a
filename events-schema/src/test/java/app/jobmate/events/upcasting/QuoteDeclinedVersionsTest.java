package app.jobmate.events.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventExamples;
import app.jobmate.events.EventJson;
import app.jobmate.events.QuoteEventExamples;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.schema.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** QuoteDeclined v1 payloads are stored: they stay valid under the v1 schema and read as v2. */
class QuoteDeclinedVersionsTest {

  private static final String V1 = "quotes/QuoteDeclined.v1.json";
  private static final String V2 = "quotes/QuoteDeclined.v2.json";

  @Test
  void a_v1_payload_is_valid_under_v1_and_after_upcasting_under_v2() throws IOException {
    JsonNode v1 = json("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z", "reason": "Went with a cheaper quote"}
        """);
    assertThat(JsonSchemas.problems(V1, v1)).isEmpty();
    assertThat(JsonSchemas.problems(V2, v1)).as("v1 is not valid v2: that is why it is a new version").isNotEmpty();

    EventEnvelope upcast = upcast(v1);

    assertThat(upcast.schemaVersion()).isEqualTo(2);
    assertThat(upcast.data()).isEqualTo(json("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z", "reason": "other", "note": "Went with a cheaper quote"}
        """));
    assertThat(JsonSchemas.problems(V2, upcast.data())).isEmpty();
  }

  @Test
  void a_v1_payload_without_a_reason_reads_as_other_without_a_note() throws IOException {
    JsonNode v1 = json("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z"}
        """);
    assertThat(JsonSchemas.problems(V1, v1)).isEmpty();

    EventEnvelope upcast = upcast(v1);

    assertThat(JsonSchemas.problems(V2, upcast.data())).isEmpty();
    assertThat(EventCodec.standard().decode(upcast)).isEqualTo(new QuoteDeclined(QuoteEventExamples.QUOTE,
        Instant.parse("2026-03-01T09:30:00Z"), DeclineReason.OTHER, null));
  }

  @Test
  void a_blank_v1_reason_leaves_no_note() throws IOException {
    JsonNode v1 = json("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z", "reason": "  "}
        """);

    EventEnvelope upcast = upcast(v1);

    assertThat(upcast.data().has("note")).isFalse();
    assertThat(JsonSchemas.problems(V2, upcast.data())).isEmpty();
  }

  private static EventEnvelope upcast(JsonNode v1) {
    EventEnvelope current = EventExamples.envelope(QuoteEventExamples.exampleOf(QuoteDeclined.class));
    EventEnvelope stored = current.upcastTo("QuoteDeclined", 1, v1);
    return EventCodec.standard().upcast(List.of(stored)).getFirst();
  }

  private static JsonNode json(String template) throws IOException {
    return EventJson.mapper().readTree(template.formatted(QuoteEventExamples.QUOTE));
  }
}
