package app.jobmate.commands.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.outbox.EventPublisher;
import app.jobmate.commands.outbox.PublishEntry;
import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.QuoteEvent.QuoteLineAdded;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.events.values.VatCode;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxRelayFunctionTest {

  private static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

  /** A bus that takes everything, or refuses the detail-type it is told to (a permanent error). */
  private static final class Bus implements EventPublisher {
    final List<PublishEntry> published = new ArrayList<>();
    final String refuse;

    Bus(String refuse) {
      this.refuse = refuse;
    }

    @Override
    public List<Outcome> publish(List<PublishEntry> entries) {
      List<Outcome> outcomes = new ArrayList<>();
      for (PublishEntry entry : entries) {
        if (entry.envelope().eventId().equals(refuse)) {
          outcomes.add(new Outcome.Failed("MalformedDetail", "refused", false));
        } else {
          published.add(entry);
          outcomes.add(new Outcome.Published(UUID.randomUUID().toString()));
        }
      }
      return outcomes;
    }
  }

  private final List<EventEnvelope> first = List.of(envelope(1), envelope(2));
  private final List<EventEnvelope> second = List.of(envelope(3));

  @Test
  void the_events_of_each_inserted_commit_are_published_and_nothing_else() throws Exception {
    Bus bus = new Bus("none");

    StreamsEventResponse response = new OutboxRelayFunction(bus).handleRequest(streamEvent(), new TestContext());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(bus.published).extracting(e -> e.envelope().eventId())
        .containsExactly(first.get(0).eventId(), first.get(1).eventId(), second.getFirst().eventId());
    assertThat(bus.published.getFirst().detail()).isEqualTo(EventJson.mapper().writeValueAsString(first.getFirst()));
  }

  @Test
  void a_record_that_cannot_be_published_is_reported_by_its_sequence_number() throws Exception {
    Bus bus = new Bus(second.getFirst().eventId());

    StreamsEventResponse response = new OutboxRelayFunction(bus).handleRequest(streamEvent(), new TestContext());

    assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly("111300000000012345678903");
  }

  private DynamodbEvent streamEvent() throws Exception {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/events/dynamodb-stream-commit.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    json = json.replace("\"EVENTS_OF_COMMIT_1\"", EventJson.mapper().writeValueAsString(EventJson.mapper().writeValueAsString(first)))
        .replace("\"EVENTS_OF_COMMIT_2\"", EventJson.mapper().writeValueAsString(EventJson.mapper().writeValueAsString(second)));
    return LambdaEventSerializers.serializerFor(DynamodbEvent.class, getClass().getClassLoader()).fromJson(json);
  }

  private static EventEnvelope envelope(long version) {
    QuoteLineAdded event = new QuoteLineAdded(QUOTE, new QuoteLine(new LineId(UUID.randomUUID()), "Item " + version,
        Quantity.of("0.333"), Money.ofPence(1_250), VatCode.REDUCED, null, false));
    return new EventEnvelope(UUID.randomUUID().toString(), "QuoteLineAdded", 1, TenantId.of("t-acme"), "quote",
        QUOTE.toString(), version, Instant.parse("2026-11-26T10:15:30Z"), "cmd-1", "cmd-1", "cmd-1",
        new Actor(UserId.of("u-owner"), List.of(Role.OWNER)), EventCodec.standard().encode(event));
  }
}
