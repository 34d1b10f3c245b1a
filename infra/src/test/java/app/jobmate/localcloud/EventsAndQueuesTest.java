package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.toys.Recorder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

@ExtendWith(SharedLocalCloud.class)
class EventsAndQueuesTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String QUOTE_CONSUMER = "jobmate-local-QuoteConsumerFunction";
  private static LocalCloud cloud;
  private static EventBridgeClient events;
  private static SqsClient sqs;

  @BeforeAll
  static void connect(LocalCloud shared) {
    cloud = shared;
    events = Clients.eventBridge();
    sqs = Clients.sqs();
  }

  static PutEventsRequestEntry entry(String detailType, String detail) {
    return PutEventsRequestEntry.builder().eventBusName("jobmate-local").source("jobmate.quotes").detailType(detailType)
        .detail(detail).resources("arn:aws:local:quote/1").build();
  }

  private static List<String> received(String function, String marker) {
    return Recorder.seen(function).stream().filter(body -> body.contains(marker)).toList();
  }

  @Test
  void an_event_matching_a_rule_reaches_the_queue_consumer_as_eventbridge_delivers_it() {
    String marker = UUID.randomUUID().toString();
    PutEventsResponse response = events.putEvents(r -> r.entries(
        entry("QuoteIssued", "{\"quoteId\":\"" + marker + "\"}"),
        entry("QuoteAccepted", "{\"quoteId\":\"" + marker + "\"}")));
    assertThat(response.failedEntryCount()).isZero();
    assertThat(response.entries()).allSatisfy(e -> assertThat(e.eventId()).isNotBlank());

    String body = Poll.value("the consumer got the issued quote", PATIENCE, () -> received(QUOTE_CONSUMER, marker), l -> !l.isEmpty())
        .getFirst();
    JsonNode event = Json.parse(body);
    assertThat(event.get("version").asText()).isEqualTo("0");
    assertThat(event.get("id").asText()).isEqualTo(response.entries().getFirst().eventId());
    assertThat(event.get("detail-type").asText()).isEqualTo("QuoteIssued");
    assertThat(event.get("source").asText()).isEqualTo("jobmate.quotes");
    assertThat(event.get("account").asText()).isEqualTo("000000000000");
    assertThat(event.get("region").asText()).isEqualTo("eu-west-2");
    assertThat(event.get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(event.get("resources").toString()).isEqualTo("[\"arn:aws:local:quote/1\"]");
    assertThat(event.at("/detail/quoteId").asText()).isEqualTo(marker);
    assertThat(received(QUOTE_CONSUMER, marker)).hasSize(1);
  }

  @Test
  void an_event_whose_detail_holds_a_lone_surrogate_is_delivered_once_and_so_are_the_entries_around_it() {
    String marker = UUID.randomUUID().toString();
    PutEventsResponse response = events.putEvents(r -> r.entries(
        entry("QuoteIssued", "{\"quoteId\":\"" + marker + "-before\"}"),
        entry("QuoteIssued", "{\"quoteId\":\"" + marker + "-odd\",\"title\":\"x\\ud800y\"}"),
        entry("QuoteIssued", "{\"quoteId\":\"" + marker + "-after\"}")));

    assertThat(response.failedEntryCount()).isZero();
    Poll.until("all three reached the consumer", PATIENCE, () -> received(QUOTE_CONSUMER, marker).size() >= 3);
    List<String> bodies = received(QUOTE_CONSUMER, marker);
    assertThat(bodies).hasSize(3);
    assertThat(bodies).map(body -> Json.parse(body).at("/detail/title").asText("")).contains("x\uD800y");
  }

  @Test
  void a_pattern_with_or_matches_either_branch() throws Exception {
    String marker = UUID.randomUUID().toString();
    events.putEvents(r -> r.entries(
        entry("ExpenseSubmitted", "{\"m\":\"" + marker + "-expense\"}"),
        entry("TaskAssigned", "{\"urgent\":true,\"m\":\"" + marker + "-urgent\"}"),
        entry("TaskAssigned", "{\"urgent\":false,\"m\":\"" + marker + "-calm\"}")));
    cloud.awaitDrained(PATIENCE);
    assertThat(received("jobmate-local-UrgentConsumerFunction", marker)).hasSize(2)
        .noneMatch(body -> body.contains("-calm"));
  }

  @Test
  void put_events_validates_entries_as_eventbridge_does() {
    List<PutEventsRequestEntry> eleven = IntStream.range(0, 11).mapToObj(i -> entry("QuoteIssued", "{}")).toList();
    assertThatThrownBy(() -> events.putEvents(r -> r.entries(eleven)))
        .isInstanceOfSatisfying(EventBridgeException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        });
    String big = "{\"x\":\"" + "y".repeat(300 * 1024) + "\"}";
    assertThatThrownBy(() -> events.putEvents(r -> r.entries(entry("QuoteIssued", big)))).isInstanceOf(EventBridgeException.class);

    PutEventsResponse partly = events.putEvents(r -> r.entries(
        PutEventsRequestEntry.builder().eventBusName("jobmate-local").source("jobmate.quotes").detailType("QuoteIssued").build(),
        entry("QuoteIssued", "not json"),
        PutEventsRequestEntry.builder().eventBusName("jobmate-local").detailType("QuoteIssued").detail("{}").build(),
        entry("QuoteDrafted", "{}")));
    assertThat(partly.failedEntryCount()).isEqualTo(3);
    assertThat(partly.entries().get(0).errorCode()).isEqualTo("InvalidArgument");
    assertThat(partly.entries().get(0).errorMessage()).contains("Detail is a required argument");
    assertThat(partly.entries().get(1).errorCode()).isEqualTo("MalformedDetail");
    assertThat(partly.entries().get(2).errorMessage()).contains("Source is a required argument");
    assertThat(partly.entries().get(3).eventId()).isNotBlank();
  }

  @Test
  void a_poison_message_ends_in_its_dead_letter_queue_while_the_others_flow_and_only_it_is_retried() {
    String marker = UUID.randomUUID().toString();
    String queue = cloud.queueUrl("QuotesQueue");
    sqs.sendMessage(r -> r.queueUrl(queue).messageBody("poison " + marker));
    for (int i = 0; i < 6; i++) {
      int n = i;
      sqs.sendMessage(r -> r.queueUrl(queue).messageBody("good " + n + " " + marker));
    }

    String deadLetters = cloud.queueUrl("QuotesDeadLetters");
    assertThat(deadLetters).endsWith("/quotes-dead-letters-local");
    String dead = Poll.value("the poison message is in the dead-letter queue", PATIENCE,
        () -> sqs.receiveMessage(r -> r.queueUrl(deadLetters).waitTimeSeconds(1)).messages(), m -> !m.isEmpty()).getFirst().body();
    assertThat(dead).isEqualTo("poison " + marker);
    assertThat(received(QUOTE_CONSUMER, marker)).as("every good message once: only failed items were left undeleted")
        .hasSize(6).doesNotHaveDuplicates();
    assertThat(received(QUOTE_CONSUMER + "/failed", marker)).as("received maxReceiveCount times").hasSize(2);
  }
}
