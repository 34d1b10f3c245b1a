package app.jobmate.localcloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.actor.queue.InternalMessage;
import org.elasticmq.actor.queue.OperationSuccessful$;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.DBMessage;
import org.elasticmq.persistence.sql.DBMessage$;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scala.Option;

/** What the SQS journal keeps of a message, and what it does when it cannot keep it. */
class MessageJournalTest {

  private final ActorSystem actors = ActorSystem.create("message-journal-test");

  @AfterEach
  void stop() throws Exception {
    actors.terminate();
    actors.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static InternalMessage message(String id, String body, Option<String> tracingId) {
    return new DBMessage(id, "[]".getBytes(StandardCharsets.UTF_8), 0L, body.getBytes(StandardCharsets.UTF_8),
        "[]".getBytes(StandardCharsets.UTF_8), 1_700_000_000_000L, Option.empty(), 2, Option.apply("group-1"), Option.empty(),
        tracingId, Option.empty(), Option.apply("the-source-queue")).toInternalMessage();
  }

  @Test
  void a_message_with_a_trace_header_longer_than_64_kb_is_kept_whole() {
    String traceHeader = "Root=1-" + "a".repeat(70_000) + "\u00e9\uD800";
    InternalMessage message = message("m-1", "hello", Option.apply(traceHeader));

    InternalMessage restored = StoredMessage.decode(StoredMessage.encode(message));

    assertThat(restored.tracingId().get().id()).isEqualTo(traceHeader);
    assertThat(restored.content()).hasToString("hello");
    assertThat(restored.receiveCount()).isEqualTo(2);
    assertThat(restored.messageGroupId().get()).isEqualTo("group-1");
  }

  @Test
  void a_message_stored_by_the_first_format_still_reads() throws IOException {
    DBMessage row = DBMessage$.MODULE$.from(message("m-1", "from before", Option.apply("Root=1-abc")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(1);
      out.writeUTF(row.messageId());
      out.writeInt(row.deliveryReceipts().length);
      out.write(row.deliveryReceipts());
      out.writeLong(row.nextDelivery());
      out.writeInt(row.content().length);
      out.write(row.content());
      out.writeInt(row.attributes().length);
      out.write(row.attributes());
      out.writeLong(row.created());
      out.writeBoolean(false);
      out.writeLong(0L);
      out.writeInt(row.receiveCount());
      for (Option<String> text : List.of(row.groupId(), row.deduplicationId(), row.tracingId(), row.sequenceNumber(),
          row.deadLetterSourceQueueName())) {
        out.writeBoolean(text.isDefined());
        out.writeUTF(text.isDefined() ? text.get() : "");
      }
    }

    InternalMessage restored = StoredMessage.decode(bytes.toByteArray());

    assertThat(restored.id()).isEqualTo("m-1");
    assertThat(restored.content()).hasToString("from before");
    assertThat(restored.tracingId().get().id()).isEqualTo("Root=1-abc");
  }

  @Test
  void a_change_the_store_cannot_take_is_still_answered_and_is_logged() throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    MVStore store = new MVStore.Builder().open();
    ActorRef journal = actors.actorOf(MessageJournal.props(store, log::add));
    store.close(); // as good as a full disk: every write fails

    Object answer = Patterns.ask(journal, new QueueEvent.MessageAdded("jobmate-quotes", message("m-1", "hello", Option.empty())),
        Duration.ofSeconds(2)).toCompletableFuture().get(3, TimeUnit.SECONDS);

    assertThat(answer).isEqualTo(OperationSuccessful$.MODULE$);
    assertThat(log).singleElement().satisfies(line -> assertThat(line).contains("m-1").contains("jobmate-quotes")
        .contains("could not be journaled"));
  }
}
