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
 *
 * <p>Format 2 writes each string as its length and UTF-16 code units, so any string of any length is
 * kept as it was; format 1 wrote them with {@code writeUTF}, which refuses strings over 64 KB (a long
 * {@code AWSTraceHeader}), and is still read.
 */
final class StoredMessage {

  private static final int WRITE_UTF = 1;
  private static final int FORMAT = 2;

  private StoredMessage() {
  }

  static byte[] encode(InternalMessage message) {
    DBMessage row = DBMessage$.MODULE$.from(message);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      text(out, row.messageId());
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
      if (format != FORMAT && format != WRITE_UTF) {
        throw new IOException("unknown format " + format);
      }
      String id = text(in, format);
      byte[] receipts = bytes(in);
      long nextDelivery = in.readLong();
      byte[] content = bytes(in);
      byte[] attributes = bytes(in);
      long created = in.readLong();
      boolean received = in.readBoolean();
      long receivedAt = in.readLong();
      Option<Object> receivedOption = received ? Option.apply(receivedAt) : Option.empty();
      return new DBMessage(id, receipts, nextDelivery, content, attributes, created, receivedOption, in.readInt(),
          optionalText(in, format), optionalText(in, format), optionalText(in, format), optionalText(in, format),
          optionalText(in, format)).toInternalMessage();
    } catch (IOException e) {
      throw new UncheckedIOException("a stored SQS message is unreadable: " + e, e);
    }
  }

  private static void bytes(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    return in.readNBytes(length(in, 1));
  }

  private static void text(DataOutputStream out, Option<String> value) throws IOException {
    out.writeBoolean(value.isDefined());
    text(out, value.isDefined() ? value.get() : "");
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    out.writeInt(value.length());
    out.writeChars(value);
  }

  private static Option<String> optionalText(DataInputStream in, int format) throws IOException {
    boolean defined = in.readBoolean();
    String value = text(in, format);
    return defined ? Option.apply(value) : Option.empty();
  }

  private static String text(DataInputStream in, int format) throws IOException {
    if (format == WRITE_UTF) {
      return in.readUTF();
    }
    char[] chars = new char[length(in, 2)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = in.readChar();
    }
    return new String(chars);
  }

  /** A length read back, checked against what is left, so that damaged bytes fail here rather than allocate gigabytes. */
  private static int length(DataInputStream in, int bytesEach) throws IOException {
    int length = in.readInt();
    if (length < 0 || (long) length * bytesEach > in.available()) {
      throw new IOException("a length of " + length + " runs past the end");
    }
    return length;
  }
}
