package app.jobmate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.events.quotes.QuoteEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecRoundTripTest {

  private final EventCodec codec = EventCodec.standard();

  static Stream<DomainEvent> examples() {
    return EventExamples.fullAndMinimal().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_event_reads_back_as_the_record_it_was(DomainEvent event) {
    EventEnvelope envelope = EventExamples.envelope(event, codec.encode(event));

    assertThat(codec.decode(envelope)).isEqualTo(event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void every_event_reads_back_after_its_envelope_has_been_json_text(DomainEvent event) throws IOException {
    String stored = EventJson.mapper().writeValueAsString(EventExamples.envelope(event));

    EventEnvelope read = EventJson.mapper().readValue(stored, EventEnvelope.class);

    assertThat(read).isEqualTo(EventExamples.envelope(event, read.data()));
    assertThat(codec.decode(read)).isEqualTo(event);
    assertThat(EventJson.mapper().writeValueAsString(codec.encode(codec.decode(read))))
        .isEqualTo(EventJson.mapper().writeValueAsString(codec.encode(event)));
  }

  @Test
  void a_stream_decodes_in_order() {
    List<DomainEvent> events = EventExamples.all();
    List<EventEnvelope> stream = events.stream().map(EventExamples::envelope)
        .map(e -> e.upcastTo(e.eventType(), e.schemaVersion(), e.data()))
        .toList();

    assertThat(codec.decode(stream)).containsExactlyElementsOf(events);
  }

  @Test
  void a_whole_number_percentage_is_written_plainly() throws IOException {
    QuoteEvent drafted = QuoteEventExamples.exampleOf(QuoteEvent.QuoteDrafted.class);

    String json = EventJson.mapper().writeValueAsString(codec.encode(drafted));

    assertThat(json).contains("\"percent\":25").doesNotContain("E+");
  }

  @Test
  void an_event_type_it_does_not_know_is_refused_by_name() {
    EventEnvelope envelope = EventExamples.envelope(QuoteEventExamples.exampleOf(QuoteEvent.QuoteViewed.class));
    EventEnvelope unknown = envelope.upcastTo("QuoteForwarded", 1, envelope.data());

    assertThatThrownBy(() -> codec.decode(unknown)).isInstanceOf(EventCodec.UnknownEventType.class)
        .hasMessageContaining("QuoteForwarded");
  }

  @Test
  void a_schema_version_newer_than_this_code_is_refused() {
    EventEnvelope envelope = EventExamples.envelope(QuoteEventExamples.exampleOf(QuoteEvent.QuoteViewed.class));
    EventEnvelope newer = envelope.upcastTo("QuoteViewed", 2, envelope.data());

    assertThatThrownBy(() -> codec.decode(newer)).isInstanceOf(EventCodec.UnknownEventType.class)
        .hasMessageContaining("QuoteViewed").hasMessageContaining("2");
  }

  @Test
  void a_payload_its_record_refuses_is_reported_with_the_event_id() {
    EventEnvelope envelope = EventExamples.envelope(QuoteEventExamples.exampleOf(QuoteEvent.QuoteRevised.class));
    JsonNode broken = ((com.fasterxml.jackson.databind.node.ObjectNode) envelope.data().deepCopy()).put("revision", 1);

    assertThatThrownBy(() -> codec.decode(envelope.upcastTo("QuoteRevised", 1, broken)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(envelope.eventId());
  }

  @Test
  void a_reader_ignores_a_property_added_after_it_was_built() {
    QuoteEvent viewed = QuoteEventExamples.exampleOf(QuoteEvent.QuoteViewed.class);
    EventEnvelope envelope = EventExamples.envelope(viewed);
    JsonNode newer = ((com.fasterxml.jackson.databind.node.ObjectNode) envelope.data().deepCopy())
        .put("viewedFrom", "email link");

    assertThat(codec.decode(envelope.upcastTo("QuoteViewed", 1, newer))).isEqualTo(viewed);
  }
}
