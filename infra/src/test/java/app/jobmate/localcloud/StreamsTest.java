package app.jobmate.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.toys.Recorder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

@ExtendWith(SharedLocalCloud.class)
class StreamsTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static LocalCloud cloud;
  private static DynamoDbClient dynamoDb;
  private static String table;

  @BeforeAll
  static void connect(LocalCloud shared) {
    cloud = shared;
    dynamoDb = Clients.dynamoDb();
    table = cloud.tableName("NotesTable");
  }

  private static List<String> streamRecordsOf(String noteId) {
    return Recorder.seen("NoteStream").stream().filter(r -> r.split(" ")[1].equals(noteId)).toList();
  }

  private static Map<String, AttributeValue> note(String id, String text) {
    return Map.of("noteId", AttributeValue.fromS(id), "text", AttributeValue.fromS(text));
  }

  @Test
  void a_function_writing_to_a_streamed_table_makes_the_mapped_function_receive_the_insert_with_its_new_image() {
    String noteId = "n-" + UUID.randomUUID();
    HttpResponse<String> written = Http.send(Http.to(cloud, "/notes")
        .header("Authorization", "Bearer " + Http.signIn(cloud, "sophie@acme.example"))
        .POST(HttpRequest.BodyPublishers.ofString(noteId + ":fix the boiler")));
    assertThat(written.statusCode()).as(written.body()).isEqualTo(201);

    List<String> records = Poll.value("the stream function saw the insert", PATIENCE, () -> streamRecordsOf(noteId), r -> !r.isEmpty());
    assertThat(records).containsExactly("INSERT " + noteId + " fix the boiler arn:aws:dynamodb:eu-west-2:000000000000:table/"
        + table + "/stream/local");
    assertThat(dynamoDb.getItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromS(noteId)))).item().get("tenant").s())
        .isEqualTo("t-acme");
  }

  @Test
  void changes_arrive_in_order_and_writes_that_change_nothing_or_fail_produce_no_record() throws Exception {
    String noteId = "m-" + UUID.randomUUID();
    dynamoDb.putItem(r -> r.tableName(table).item(note(noteId, "first")));
    dynamoDb.putItem(r -> r.tableName(table).item(note(noteId, "first")));
    assertThatThrownBy(() -> dynamoDb.putItem(r -> r.tableName(table).item(note(noteId, "refused"))
        .conditionExpression("attribute_not_exists(noteId)"))).isInstanceOf(ConditionalCheckFailedException.class);
    dynamoDb.updateItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromS(noteId)))
        .updateExpression("SET #t = :t").expressionAttributeNames(Map.of("#t", "text"))
        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("second"))));
    dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromS(noteId))));
    dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromS(noteId))));

    cloud.awaitDrained(PATIENCE);
    assertThat(streamRecordsOf(noteId)).extracting(r -> r.split(" ")[0] + " " + r.split(" ")[2])
        .containsExactly("INSERT first", "MODIFY second", "REMOVE -");
  }

  @Test
  void an_item_holding_a_lone_surrogate_reaches_the_stream_function_and_the_changes_after_it_still_flow() {
    String odd = "odd-" + UUID.randomUUID();
    String next = "next-" + UUID.randomUUID();
    dynamoDb.putItem(r -> r.tableName(table).item(note(odd, "x\uD800y")));
    dynamoDb.putItem(r -> r.tableName(table).item(note(next, "plain")));

    Poll.until("the change after the odd one is delivered", PATIENCE, () -> !streamRecordsOf(next).isEmpty());
    String stored = dynamoDb.getItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromS(odd)))).item().get("text").s();
    assertThat(streamRecordsOf(odd)).singleElement().satisfies(record -> assertThat(record.split(" ")[2]).isEqualTo(stored));
  }

  @Test
  void a_write_whose_key_dynamodb_refuses_is_refused_as_dynamodb_refuses_it_and_the_table_still_answers() {
    assertThatThrownBy(() -> dynamoDb.putItem(r -> r.tableName(table).item(Map.of("text", AttributeValue.fromS("no key")))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(400));
    assertThatThrownBy(() -> dynamoDb.deleteItem(r -> r.tableName(table).key(Map.of("noteId", AttributeValue.fromN("7")))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(400));
    assertThatThrownBy(() -> dynamoDb.updateItem(r -> r.tableName(table).key(Map.of("text", AttributeValue.fromS("not the key")))
        .updateExpression("SET #t = :t").expressionAttributeNames(Map.of("#t", "text"))
        .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("x")))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.statusCode()).as(e.getMessage()).isEqualTo(400));

    assertThat(dynamoDb.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
  }

  @Test
  void a_request_with_a_null_attribute_value_is_refused_and_does_not_bring_dynamodb_down_for_everyone() {
    for (String[] request : List.of(
        new String[] {"GetItem", "{\"TableName\":\"" + table + "\",\"Key\":{\"noteId\":null}}"},
        new String[] {"PutItem", "{\"TableName\":\"" + table + "\",\"Item\":{\"noteId\":{\"S\":\"n\"},\"l\":{\"L\":[null]}}}"},
        new String[] {"Query", "{\"TableName\":\"" + table + "\",\"KeyConditionExpression\":\"noteId = :n\","
            + "\"ExpressionAttributeValues\":{\":n\":null}}"})) {
      HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(cloud.endpoints().dynamoDb())
          .header("X-Amz-Target", "DynamoDB_20120810." + request[0])
          .header("Content-Type", "application/x-amz-json-1.0")
          .header("X-Amz-Date", "20260101T000000Z")
          .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20260101/eu-west-2/dynamodb/aws4_request, "
              + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000")
          .POST(HttpRequest.BodyPublishers.ofString(request[1])));
      assertThat(answer.statusCode()).as(request[0] + ": " + answer.body()).isEqualTo(400);
      assertThat(Json.parse(answer.body()).path("__type").asText()).endsWith("ValidationException");
    }

    assertThat(dynamoDb.describeTable(r -> r.tableName(table)).table().tableName()).isEqualTo(table);
  }

  @Test
  void a_failing_batch_is_bisected_retried_and_its_poison_record_sent_to_the_on_failure_queue() throws Exception {
    cloud.awaitDrained(PATIENCE); // so that no earlier test's record opens the batching window these three should share
    String run = UUID.randomUUID().toString().substring(0, 8);
    String poison = "poison-" + run;
    List<WriteRequest> writes = List.of("a-" + run, poison, "c-" + run).stream()
        .map(id -> WriteRequest.builder().putRequest(PutRequest.builder().item(note(id, "batch")).build()).build()).toList();
    dynamoDb.batchWriteItem(r -> r.requestItems(Map.of(table, writes)));

    SqsClient sqs = Clients.sqs();
    String failures = cloud.queueUrl("StreamFailures");
    Message failure = Poll.value("the poison record reached the on-failure queue", PATIENCE,
        () -> sqs.receiveMessage(r -> r.queueUrl(failures).waitTimeSeconds(1)).messages(), m -> !m.isEmpty()).getFirst();
    JsonNode document = Json.parse(failure.body());
    assertThat(document.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
    assertThat(document.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
    assertThat(document.at("/requestContext/functionArn").asText())
        .isEqualTo("arn:aws:lambda:eu-west-2:000000000000:function:jobmate-local-FlakyStreamFunction");
    assertThat(document.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
    assertThat(document.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
    assertThat(document.at("/DDBStreamBatchInfo/streamArn").asText()).endsWith("table/" + table + "/stream/local");
    assertThat(document.at("/DDBStreamBatchInfo/startSequenceNumber").asText())
        .isEqualTo(document.at("/DDBStreamBatchInfo/endSequenceNumber").asText());

    List<String> batches = Recorder.seen("FlakyStream");
    assertThat(batches).filteredOn(b -> b.equals(poison)).as("one try and two retries of the poison alone").hasSize(3);
    assertThat(batches).anyMatch(b -> b.contains("a-" + run) && b.contains(poison) && b.contains("c-" + run));
    assertThat(batches).anyMatch(b -> b.contains("a-" + run) && !b.contains(poison));
    Poll.until("the record after the poison is delivered", PATIENCE,
        () -> Recorder.seen("FlakyStream").stream().anyMatch(b -> b.contains("c-" + run) && !b.contains(poison)));
  }
}
