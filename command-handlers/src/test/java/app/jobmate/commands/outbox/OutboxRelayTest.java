package app.jobmate.commands.outbox;

import static app.jobmate.commands.outbox.FakeEventBridge.Script.errors;
import static app.jobmate.commands.outbox.FakeEventBridge.Script.late;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.adapter.eventbridge.EventBridgeEventPublisher;
import app.jobmate.commands.outbox.OutboxRelay.RetryPolicy;
import app.jobmate.commands.outbox.OutboxRelay.StreamRecord;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

class OutboxRelayTest {

  private static final QuoteId QUOTE = QuoteId.of("0193a5b2-7c41-7d2e-9f3a-1b2c3d4e5f60");

  private FakeEventBridge eventBridge;
  private EventBridgeClient client;
  private final List<Duration> pauses = new ArrayList<>();
  private OutboxRelay relay;

  @BeforeEach
  void start() throws Exception {
    eventBridge = new FakeEventBridge();
    client = EventBridgeClient.builder()
        .endpointOverride(eventBridge.endpoint())
        .region(Region.EU_WEST_2)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMillis(400)).build())
        // the relay does its own retrying; one SDK attempt per call keeps the script's calls countable
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))
            .apiCallAttemptTimeout(Duration.ofMillis(400)))
        .build();
    relay = new OutboxRelay(new EventBridgeEventPublisher(client, "jobmate-test"),
        new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1)), pauses::add, new Random(7));
  }

  @AfterEach
  void stop() {
    client.close();
    eventBridge.close();
  }

  @Test
  void every_event_of_every_commit_goes_on_the_bus_ten_to_a_call() {
    List<StreamRecord> records = records(9, 8, 6);

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).isEmpty();
    assertThat(eventBridge.calls()).extracting(List::size).containsExactly(10, 10, 3);
    assertThat(eventBridge.bus()).extracting(FakeEventBridge::eventId).containsExactlyElementsOf(eventIds(records));
    JsonNode first = eventBridge.bus().getFirst();
    assertThat(first.get("Source").asText()).isEqualTo("jobmate.quotes");
    assertThat(first.get("DetailType").asText()).isEqualTo("QuoteLineAdded");
    assertThat(first.get("EventBusName").asText()).isEqualTo("jobmate-test");
    assertThat(first.get("Detail").asText()).isEqualTo(json(records.getFirst().events().getFirst()));
  }

  @Test
  void only_the_entries_that_failed_are_sent_again_after_a_pause() {
    List<StreamRecord> records = records(10);
    eventBridge.script(errors(null, "ThrottlingException", null, null, "InternalFailure", null, null, "ThrottlingException"));

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).isEmpty();
    List<String> ids = eventIds(records);
    assertThat(eventBridge.calls().get(1)).extracting(FakeEventBridge::eventId)
        .containsExactly(ids.get(1), ids.get(4), ids.get(7));
    assertThat(eventBridge.bus()).extracting(FakeEventBridge::eventId).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pauses).hasSize(1);
    assertThat(pauses.getFirst()).isLessThanOrEqualTo(Duration.ofMillis(100));
  }

  @Test
  void a_permanent_error_fails_its_record_and_no_other() {
    List<StreamRecord> records = records(3, 3, 3);
    eventBridge.script(errors(null, null, null, null, "MalformedDetail"));

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).contains("seq-2");
    assertThat(eventBridge.calls()).hasSize(1);
    assertThat(eventBridge.bus()).hasSize(8);
  }

  @Test
  void an_entry_throttled_on_every_attempt_fails_its_record_after_backing_off_longer_each_time() {
    List<StreamRecord> records = records(2, 2);
    eventBridge.script(errors(null, null, "ThrottlingException"), errors("ThrottlingException"),
        errors("ThrottlingException"), errors("ThrottlingException"));

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).contains("seq-2");
    assertThat(eventBridge.calls()).hasSize(4);
    assertThat(pauses).hasSize(3);
    assertThat(pauses.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    assertThat(pauses.get(2)).isLessThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void a_call_that_times_out_after_the_bus_accepted_it_is_sent_again_so_nothing_is_lost() {
    List<StreamRecord> records = records(4);
    eventBridge.script(late());

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).isEmpty();
    List<String> onTheBus = eventBridge.bus().stream().map(FakeEventBridge::eventId).toList();
    assertThat(onTheBus).hasSize(8).containsAll(eventIds(records));
    assertThat(onTheBus.stream().distinct()).hasSize(4);
  }

  @Test
  void the_batch_response_names_the_earliest_failed_record_so_the_mapping_resumes_there() {
    List<StreamRecord> records = records(1, 1, 1, 1);
    eventBridge.script(errors(null, "AccessDeniedException", null, "ThrottlingException"), errors("ThrottlingException"),
        errors("ThrottlingException"), errors("ThrottlingException"));

    assertThat(relay.relay(records, Duration.ofSeconds(10))).contains("seq-2");
  }

  @Test
  void no_new_round_starts_once_the_time_is_up() {
    List<StreamRecord> records = records(1);
    eventBridge.script(errors("ThrottlingException"));

    assertThat(relay.relay(records, Duration.ZERO)).contains("seq-1");
    assertThat(eventBridge.calls()).hasSize(1);
  }

  @Test
  void calls_stay_under_256_kb_and_an_event_too_big_for_any_call_fails_its_record() {
    EventEnvelope big = padded(envelope(1, "Item 1"), 100_000);
    EventEnvelope bigger = padded(envelope(2, "Item 2"), 100_000);
    EventEnvelope biggest = padded(envelope(3, "Item 3"), 100_000);
    EventEnvelope tooBig = padded(envelope(4, "Item 4"), 300_000);
    List<StreamRecord> records = List.of(new StreamRecord("seq-1", List.of(big, bigger, biggest)),
        new StreamRecord("seq-2", List.of(tooBig)));

    Optional<String> failed = relay.relay(records, Duration.ofSeconds(10));

    assertThat(failed).contains("seq-2");
    assertThat(eventBridge.calls()).extracting(List::size).containsExactly(2, 1);
    assertThat(eventBridge.bus()).hasSize(3);
  }

  private static List<StreamRecord> records(int... eventsPerRecord) {
    List<StreamRecord> records = new ArrayList<>();
    int version = 0;
    for (int r = 0; r < eventsPerRecord.length; r++) {
      List<EventEnvelope> events = new ArrayList<>();
      for (int e = 0; e < eventsPerRecord[r]; e++) {
        events.add(envelope(++version, "Item " + version));
      }
      records.add(new StreamRecord("seq-" + (r + 1), events));
    }
    return records;
  }

  static EventEnvelope envelope(long version, String description) {
    QuoteLineAdded event = new QuoteLineAdded(QUOTE, new QuoteLine(new LineId(UUID.randomUUID()), description,
        Quantity.of("1"), Money.ofPence(1_000), VatCode.STANDARD, null, false));
    return new EventEnvelope(UUID.randomUUID().toString(), "QuoteLineAdded", 1, TenantId.of("t-acme"), "quote",
        QUOTE.toString(), version, Instant.parse("2026-11-26T10:15:30Z"), "cmd-" + version, "cmd-" + version,
        "cmd-" + version, new Actor(UserId.of("u-owner"), List.of(Role.OWNER)), EventCodec.standard().encode(event));
  }

  private static List<String> eventIds(List<StreamRecord> records) {
    return records.stream().flatMap(r -> r.events().stream()).map(EventEnvelope::eventId).toList();
  }

  private static String json(EventEnvelope envelope) {
    try {
      return EventJson.mapper().writeValueAsString(envelope);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same event with {@code bytes} more in its payload (a newer writer's field this code ignores). */
  private static EventEnvelope padded(EventEnvelope envelope, int bytes) {
    ObjectNode data = envelope.data().deepCopy();
    data.put("padding", "x".repeat(bytes));
    return envelope.upcastTo(envelope.eventType(), envelope.schemaVersion(), data);
  }
}
