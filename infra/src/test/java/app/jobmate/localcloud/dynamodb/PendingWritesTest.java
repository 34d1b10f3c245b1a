package app.jobmate.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.dynalite.Dynalite;
import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write to a streamed table and its stream record are one, as in DynamoDB: a local cloud that dies
 * after dynalite wrote an item and before the record was appended (here: the append fails, as a
 * full disk or a {@code SIGKILL} at that instant would leave it) appends the record at its next
 * start, or before the next write to the table. Without it the commit is in the events table and
 * never reaches the relay, the bus or any read model.
 */
class PendingWritesTest {

  private static final String TABLE = "local-notes";
  private static final String ARN = "arn:aws:dynamodb:eu-west-2:000000000000:table/local-notes/stream/local";

  @TempDir
  Path data;

  private Dynalite dynalite;
  private DynamoWire wire;
  private TableSpec table;
  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void startDynalite() {
    dynalite = Dynalite.startInMemory();
    wire = new DynamoWire(dynalite.endpoint());
    ObjectNode create = Json.object().put("TableName", TABLE);
    create.putArray("AttributeDefinitions").addObject().put("AttributeName", "noteId").put("AttributeType", "S");
    create.putArray("KeySchema").addObject().put("AttributeName", "noteId").put("KeyType", "HASH");
    create.putObject("ProvisionedThroughput").put("ReadCapacityUnits", 5).put("WriteCapacityUnits", 5);
    assertThat(wire.call("CreateTable", create).ok()).isTrue();
    table = new TableSpec(TABLE, "noteId", Optional.empty(), Optional.of("NEW_IMAGE"), ARN, create);
  }

  @AfterEach
  void stopDynalite() {
    dynalite.close();
  }

  private Path streams() {
    return data.resolve("streams");
  }

  private StreamJournal journal(StreamJournalTest.FailingChannel[] channel) {
    return new StreamJournal(streams().resolve(TABLE + ".jsonl"), TABLE, ARN, logged::add,
        real -> channel[0] = new StreamJournalTest.FailingChannel(real));
  }

  private DynamoDbProxy proxy(StreamJournal journal) {
    return new DynamoDbProxy(wire, Map.of(TABLE, table), Map.of(TABLE, journal), streams());
  }

  private DynamoWire.Response put(DynamoDbProxy proxy, String noteId, String text) {
    String date = "20261206T050000Z";
    Map<String, List<String>> headers = Map.of("X-Amz-Target", List.of("DynamoDB_20120810.PutItem"),
        "Content-Type", List.of("application/x-amz-json-1.0"), "X-Amz-Date", List.of(date),
        "Authorization", List.of("AWS4-HMAC-SHA256 Credential=local/20261206/eu-west-2/dynamodb/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000"));
    String body = "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"noteId\":{\"S\":\"" + noteId + "\"},\"text\":{\"S\":\"" + text
        + "\"}},\"ConditionExpression\":\"attribute_not_exists(noteId)\"}";
    return proxy.handle("DynamoDB_20120810.PutItem", headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> inserted(StreamJournal journal) {
    return journal.after(0, 100).stream()
        .map(r -> r.path("eventName").asText() + " " + r.at("/dynamodb/NewImage/noteId/S").asText()).toList();
  }

  @Test
  void a_write_whose_record_was_not_appended_gets_it_at_the_next_start() {
    StreamJournalTest.FailingChannel[] channel = new StreamJournalTest.FailingChannel[1];
    try (StreamJournal journal = journal(channel)) {
      DynamoDbProxy proxy = proxy(journal);
      put(proxy, "n-1", "first");
      channel[0].failNextWriteHalfway();

      assertThatThrownBy(() -> put(proxy, "n-2", "written, then the local cloud died")).isInstanceOf(RuntimeException.class);

      assertThat(inserted(journal)).containsExactly("INSERT n-1");
    }

    try (StreamJournal reopened = journal(new StreamJournalTest.FailingChannel[1])) {
      proxy(reopened).recoverPendingWrites();

      assertThat(inserted(reopened)).containsExactly("INSERT n-1", "INSERT n-2");
      assertThat(reopened.after(1, 10).getFirst().at("/dynamodb/NewImage/text/S").asText())
          .isEqualTo("written, then the local cloud died");
    }
    assertThat(Files.exists(streams().resolve(TABLE + ".pending.json"))).isFalse();
  }

  @Test
  void a_write_whose_record_failed_gets_it_before_the_next_write_and_a_refused_write_gets_none() {
    StreamJournalTest.FailingChannel[] channel = new StreamJournalTest.FailingChannel[1];
    try (StreamJournal journal = journal(channel)) {
      DynamoDbProxy proxy = proxy(journal);
      channel[0].failNextWriteHalfway();
      assertThatThrownBy(() -> put(proxy, "n-1", "its record failed")).isInstanceOf(RuntimeException.class);

      assertThat(put(proxy, "n-1", "a retry the condition refuses").status()).isEqualTo(400);
      assertThat(put(proxy, "n-2", "second").ok()).isTrue();

      assertThat(inserted(journal)).containsExactly("INSERT n-1", "INSERT n-2");
      assertThat(journal.after(0, 1).getFirst().at("/dynamodb/NewImage/text/S").asText()).isEqualTo("its record failed");
    }
  }
}
