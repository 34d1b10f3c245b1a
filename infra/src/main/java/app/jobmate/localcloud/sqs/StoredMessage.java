package app.jobmate.localcloud.sqs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.elasticmq.actor.queue.InternalMessage;
import org.elasticmq.persistence.sql.DBMessage;
import org.elasticmq.persistence.sql.DBMessage$;
import scala.Option;

/**
 * An ElasticMQ message as bytes: ElasticMQ's own persisted form of a message ({@code DBMessage}, the
 * row its SQL persistence writes: receipts, next delivery, body, attributes, receive count, FIFO ids,
 * dead-letter source) written field by field, so that a message restored after a restart is the
 * message ElasticMQ had, visibility and receive count included.
 */
final class StoredMessage {

  private static final int FORMAT = 1;

  private StoredMessage() {
  }

  static byte[] encode(InternalMessage message) {
    DBMessage row = DBMessage$.MODULE$.from(message);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeUTF(row.messageId());
      bytes(out, row.deliveryReceipts());
      out.writeLong(row.nextDelivery());
      bytes(out, row.content());
      bytes(out, row.attributes());
      out.writeLong(row.created());
      out.writeBoolean(row.received().isDefined());
      out.writeLong(row.received().isDefined() ? ((Number) row.received().get()).longValue() : 0L);
      out.writeInt(row.receiveCount());
      text(out, row.groupId());
      text(out, row.deduplicationId());
      text(out, row.tracingId());
      text(out, row.sequenceNumber());
      text(out, row.deadLetterSourceQueueName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static InternalMessage decode(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalStateException("a stored SQS message has format " + format + "; delete the data directory's sqs folder");
      }
      String id = in.readUTF();
      byte[] receipts = bytes(in);
      long nextDelivery = in.readLong();
      byte[] content = bytes(in);
      byte[] attributes = bytes(in);
      long created = in.readLong();
      boolean received = in.readBoolean();
      long receivedAt = in.readLong();
      Option<Object> receivedOption = received ? Option.apply(receivedAt) : Option.empty();
      return new DBMessage(id, receipts, nextDelivery, content, attributes, created, receivedOption, in.readInt(), text(in), text(in),
          text(in), text(in), text(in)).toInternalMessage();
    } catch (IOException e) {
      throw new UncheckedIOException("a stored SQS message is unreadable", e);
    }
  }

  private static void bytes(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    return in.readNBytes(in.readInt());
  }

  private static void text(DataOutputStream out, Option<String> value) throws IOException {
    out.writeBoolean(value.isDefined());
    out.writeUTF(value.isDefined() ? value.get() : "");
  }

  private static Option<String> text(DataInputStream in) throws IOException {
    boolean defined = in.readBoolean();
    String value = in.readUTF();
    return defined ? Option.apply(value) : Option.empty();
  }
}
