package app.jobmate.events.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Actor;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventExamples;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.QuoteEvent.QuoteAccepted;
import app.jobmate.events.quotes.QuoteEvent.QuoteDeclined;
import app.jobmate.events.quotes.QuoteEvent.QuoteDrafted;
import app.jobmate.events.quotes.QuoteEvent.QuoteIssued;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineChanged;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredOlderPayloadTest {

  private static final String QUOTE = "0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60";

  @Test
  void a_stored_v1_quote_declined_reads_as_the_current_record() throws Exception {
    JsonNode v1 = EventJson.mapper().readTree("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z", "reason": "Went with a cheaper quote"}
        """.formatted(QUOTE));

    var read = EventCodec.standard().decode(envelope("QuoteDeclined", 1, v1));

    assertThat(read).isEqualTo(new QuoteDeclined(QuoteId.of(QUOTE), Instant.parse("2026-03-01T09:30:00Z"),
        DeclineReason.OTHER, "Went with a cheaper quote"));
  }

  @Test
  void a_current_payload_passes_through_unchanged() throws Exception {
    JsonNode v2 = EventJson.mapper().readTree("""
        {"quoteId": "%s", "declinedAt": "2026-03-01T09:30:00Z", "reason": "price"}
        """.formatted(QUOTE));

    List<EventEnvelope> upcast = EventCodec.standard().upcast(List.of(envelope("QuoteDeclined", 2, v2)));

    assertThat(upcast).singleElement().satisfies(e -> {
      assertThat(e.schemaVersion()).isEqualTo(2);
      assertThat(e.data()).isEqualTo(v2);
    });
  }

  @ParameterizedTest
  @ValueSource(classes = {QuoteDrafted.class, QuoteLineAdded.class, QuoteLineChanged.class, QuoteIssued.class,
      QuoteAccepted.class})
  void a_quote_event_stored_before_the_vat_kernel_reads_as_registered_priced_before_vat_with_nothing_out_of_scope(
      Class<? extends DomainEvent> type) {
    EventType<?> eventType = EventTypes.of(type);
    JsonNode current = EventCodec.standard().encode(EventExamples.exampleOf(type));
    JsonNode stored = withoutProperties(current.deepCopy(), "pricesIncludeVat", "reverseChargeVat", "outsideScope",
        "vatRegistered");

    DomainEvent read = EventCodec.standard().decode(envelope(eventType.name(), eventType.schemaVersion(), stored));
    JsonNode written = EventCodec.standard().encode(read);

    assertThat(withoutProperties(written.deepCopy(), "pricesIncludeVat", "reverseChargeVat", "outsideScope",
        "vatRegistered")).isEqualTo(stored);
    assertThat(written.findValues("pricesIncludeVat")).allSatisfy(v -> assertThat(v.asBoolean()).isFalse());
    assertThat(written.findValues("vatRegistered")).allSatisfy(v -> assertThat(v.asBoolean()).isTrue());
    assertThat(written.findValues("outsideScope")).allSatisfy(v -> assertThat(v.asLong()).isZero());
    assertThat(written.findValues("reverseChargeVat")).allSatisfy(v -> assertThat(v.asLong()).isZero());
  }

  private static JsonNode withoutProperties(JsonNode node, String... names) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of(names));
      object.properties().forEach(p -> withoutProperties(p.getValue(), names));
    } else if (node.isArray()) {
      node.forEach(item -> withoutProperties(item, names));
    }
    return node;
  }

  private static EventEnvelope envelope(String type, int schemaVersion, JsonNode data) {
    return new EventEnvelope("0193a5b2-0000-7000-8000-000000000001", type, schemaVersion, TenantId.of("t-acme"), "quote",
        QUOTE, 7, Instant.parse("2026-03-01T09:30:00Z"), "cmd-1", "corr-1", "cmd-1",
        new Actor(UserId.of("u-1"), List.of(Role.OWNER)), data);
  }
}
