package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.localcloud.toys.Recorder;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;

/** What survives a restart on the same data directory (tables, streams, queues, documents, keys), and what a changed template changes. */
class RestartTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir
  Path data;

  /** The issuer URL holds the port, so a restart keeps it, as {@code ./jobmate start} keeps 3000. */
  private final int port = FreePort.pick();

  private LocalCloud start(String parameter, String value) {
    return LocalCloud.start(SharedLocalCloud.TOY_TEMPLATE, LocalCloud.Options.in(data).withPort(port).withParameter(parameter, value));
  }

  private LocalCloud startLogging(List<String> log) {
    return LocalCloud.start(SharedLocalCloud.TOY_TEMPLATE, LocalCloud.Options.in(data).withPort(port).withParameter("Outage", "false")
        .withLog(line -> {
          log.add(line);
          System.out.println(line);
        }));
  }

  @Test
  void table_data_undelivered_stream_records_documents_and_signing_keys_survive_a_restart() throws Exception {
    String noteId = "restart-" + UUID.randomUUID();
    String token;
    String mongoUri;
    try (LocalCloud first = start("Outage", "true"); DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      dynamoDb.putItem(r -> r.tableName("local-notes").item(Map.of("noteId", AttributeValue.fromS(noteId),
          "text", AttributeValue.fromS("kept"))));
      Poll.until("the stream function has failed at least once", PATIENCE,
          () -> first.functions().require("NoteStreamFunction").invocations() > 0);
      token = Http.signIn(first, "ben@brightside.example");
      mongoUri = first.endpoints().mongoUri();
      try (MongoClient mongo = MongoClients.create(mongoUri)) {
        mongo.getDatabase("jobmate").getCollection("notes").insertOne(new Document("_id", noteId).append("tenant", "t-brightside"));
      }
    }
    assertThat(Recorder.seen("NoteStream")).noneMatch(r -> r.contains(noteId));

    try (LocalCloud second = start("Outage", "false"); DynamoDbClient dynamoDb = Clients.dynamoDb()) {
      Poll.until("the record written before the restart is delivered", PATIENCE,
          () -> Recorder.seen("NoteStream").stream().anyMatch(r -> r.startsWith("INSERT " + noteId + " kept")));
      assertThat(dynamoDb.getItem(r -> r.tableName("local-notes").key(Map.of("noteId", AttributeValue.fromS(noteId)))).item())
          .containsEntry("text", AttributeValue.fromS("kept"));
      try (MongoClient mongo = MongoClients.create(second.endpoints().mongoUri())) {
        assertThat(mongo.getDatabase("jobmate").getCollection("notes").find(new Document("_id", noteId)).first())
            .containsEntry("tenant", "t-brightside");
      }
      int status = Http.send(Http.to(second, "/echo/again").header("Authorization", token)
          .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode();
      assertThat(status).as("a token issued before the restart is still valid: the key was kept").isEqualTo(200);
    }
    assertThat(Recorder.seen("NoteStream").stream().filter(r -> r.contains(noteId)).count()).isEqualTo(1);
  }

  @Test
  void messages_waiting_in_queues_in_flight_and_in_dead_letter_queues_survive_a_restart() {
    String marker = UUID.randomUUID().toString();
    try (LocalCloud first = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      sqs.sendMessage(r -> r.queueUrl(first.queueUrl("CliQueue")).messageBody("waiting " + marker)
          .messageAttributes(Map.of("kind", MessageAttributeValue.builder().dataType("String").stringValue("note").build())));
      sqs.sendMessage(r -> r.queueUrl(first.queueUrl("QuotesDeadLetters")).messageBody("dead " + marker));
      String failures = first.queueUrl("StreamFailures");
      sqs.sendMessage(r -> r.queueUrl(failures).messageBody("in flight " + marker));
      sqs.sendMessage(r -> r.queueUrl(failures).messageBody("deleted " + marker));
      List<Message> taken = new ArrayList<>();
      Poll.until("both messages are received", PATIENCE, () -> {
        taken.addAll(sqs.receiveMessage(r -> r.queueUrl(failures).maxNumberOfMessages(10).visibilityTimeout(2)).messages());
        return taken.size() >= 2;
      });
      Message deleted = taken.stream().filter(m -> m.body().startsWith("deleted")).findFirst().orElseThrow();
      sqs.deleteMessage(r -> r.queueUrl(failures).receiptHandle(deleted.receiptHandle()));
    }

    try (LocalCloud second = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      Message waiting = Poll.value("the waiting message is back", PATIENCE, () -> sqs.receiveMessage(r -> r
          .queueUrl(second.queueUrl("CliQueue")).messageAttributeNames("All")).messages(), l -> !l.isEmpty()).getFirst();
      assertThat(waiting.body()).isEqualTo("waiting " + marker);
      assertThat(waiting.messageAttributes().get("kind").stringValue()).isEqualTo("note");

      Message dead = Poll.value("the dead letter is back", PATIENCE, () -> sqs.receiveMessage(r -> r
          .queueUrl(second.queueUrl("QuotesDeadLetters"))).messages(), l -> !l.isEmpty()).getFirst();
      assertThat(dead.body()).isEqualTo("dead " + marker);

      List<Message> failures = Poll.value("the in-flight message is visible again after its timeout", PATIENCE, () -> sqs
          .receiveMessage(r -> r.queueUrl(second.queueUrl("StreamFailures")).maxNumberOfMessages(10)
              .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages(), l -> !l.isEmpty());
      assertThat(failures).extracting(Message::body).containsExactly("in flight " + marker);
      assertThat(failures.getFirst().attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
          .as("received once before the restart and once after").isEqualTo("2");
    }
  }

  @Test
  void a_message_with_a_trace_header_over_64_kb_is_answered_at_once_and_survives_a_restart() {
    String traceHeader = "Root=1-" + "a".repeat(70_000);
    MessageSystemAttributeValue trace = MessageSystemAttributeValue.builder().dataType("String").stringValue(traceHeader).build();
    try (LocalCloud first = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      long started = System.nanoTime();
      sqs.sendMessage(r -> r.queueUrl(first.queueUrl("CliQueue")).messageBody("traced")
          .messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER, trace)));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    try (LocalCloud second = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      Message restored = Poll.value("the message is back", PATIENCE, () -> sqs.receiveMessage(r -> r
          .queueUrl(second.queueUrl("CliQueue")).messageSystemAttributeNames(MessageSystemAttributeName.AWS_TRACE_HEADER))
          .messages(), l -> !l.isEmpty()).getFirst();
      assertThat(restored.body()).isEqualTo("traced");
      assertThat(restored.attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER)).isEqualTo(traceHeader);
    }
  }

  @Test
  void a_stored_message_that_cannot_be_read_is_dropped_with_a_log_line_and_the_others_come_back() {
    String marker = UUID.randomUUID().toString();
    String queue;
    try (LocalCloud first = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      queue = LocalResourceNames.nameInArn(first.queueUrl("CliQueue"));
      sqs.sendMessage(r -> r.queueUrl(first.queueUrl("CliQueue")).messageBody("kept " + marker));
    }
    MVStore store = new MVStore.Builder().fileName(data.resolve("sqs").resolve("messages.mv").toString()).open();
    store.<String, byte[]>openMap(queue).put("damaged-" + marker, new byte[] {0, 0, 0, 1, 0, 7, 'd', 'a', 'm'});
    store.close();

    List<String> log = new CopyOnWriteArrayList<>();
    try (LocalCloud second = startLogging(log); SqsClient sqs = Clients.sqs()) {
      Message kept = Poll.value("the readable message is back", PATIENCE, () -> sqs.receiveMessage(r -> r
          .queueUrl(second.queueUrl("CliQueue")).maxNumberOfMessages(10)).messages(), l -> !l.isEmpty()).getFirst();
      assertThat(kept.body()).isEqualTo("kept " + marker);
    }
    assertThat(log).filteredOn(line -> line.contains("damaged-" + marker)).singleElement()
        .satisfies(line -> assertThat(line).contains(queue).contains("dropped"));
  }

  @Test
  void an_unreadable_message_store_is_set_aside_with_a_log_line_and_the_queues_start_empty() throws Exception {
    try (LocalCloud first = start("Outage", "false"); SqsClient sqs = Clients.sqs()) {
      sqs.sendMessage(r -> r.queueUrl(first.queueUrl("CliQueue")).messageBody("lost with the store"));
    }
    Path store = data.resolve("sqs").resolve("messages.mv");
    byte[] garbage = new byte[8192];
    java.util.Arrays.fill(garbage, (byte) 0x5a);
    Files.write(store, garbage);

    List<String> log = new CopyOnWriteArrayList<>();
    try (LocalCloud second = startLogging(log); SqsClient sqs = Clients.sqs()) {
      sqs.sendMessage(r -> r.queueUrl(second.queueUrl("CliQueue")).messageBody("new"));
      assertThat(sqs.receiveMessage(r -> r.queueUrl(second.queueUrl("CliQueue")).maxNumberOfMessages(10).waitTimeSeconds(1))
          .messages()).extracting(Message::body).containsExactly("new");
    }
    assertThat(log).filteredOn(line -> line.contains("messages.mv")).singleElement()
        .satisfies(line -> assertThat(line).contains("unreadable").contains("set aside"));
    try (var kept = Files.list(data.resolve("sqs"))) {
      assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("messages.mv.unreadable-"));
    }
  }

  @Test
  void changing_a_rules_pattern_changes_what_arrives() throws Exception {
    assertThat(deliveredTypes("QuoteIssued")).containsExactly("QuoteIssued");
    assertThat(deliveredTypes("QuoteAccepted")).containsExactly("QuoteAccepted");
  }

  private List<String> deliveredTypes(String wanted) throws Exception {
    String marker = UUID.randomUUID().toString();
    try (LocalCloud cloud = start("WantedDetailType", wanted); EventBridgeClient events = Clients.eventBridge()) {
      events.putEvents(r -> r.entries(
          EventsAndQueuesTest.entry("QuoteIssued", "{\"m\":\"" + marker + "\"}"),
          EventsAndQueuesTest.entry("QuoteAccepted", "{\"m\":\"" + marker + "\"}"),
          EventsAndQueuesTest.entry("QuoteDeclined", "{\"m\":\"" + marker + "\"}")));
      cloud.awaitDrained(PATIENCE);
      return Recorder.seen("jobmate-local-QuoteConsumerFunction").stream().filter(body -> body.contains(marker))
          .map(body -> Json.parse(body).get("detail-type").asText()).toList();
    }
  }
}
