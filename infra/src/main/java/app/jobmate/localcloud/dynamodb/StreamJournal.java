package app.jobmate.localcloud.dynamodb;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A table's stream: records appended in write order to a file (one JSON record a line) and kept in
 * memory, each with a {@code SequenceNumber} that increases by one. The file outlives the process,
 * so records not yet delivered are still there at the next start.
 *
 * <p>A record is serialized whole before anything is written, as ASCII (every other character
 * escaped), so no string an item may hold (an unpaired UTF-16 surrogate included) can fail a write.
 * A write that fails nonetheless (the disk is full) leaves no trace: no sequence number taken, no
 * bytes kept. At start, a last line cut short by a crash is cut off, and an unreadable line is
 * skipped, each with a log line; the records around them keep their numbers.
 */
public final class StreamJournal implements AutoCloseable {

  private static final int EXCERPT = 120;

  private final String table;
  private final String streamArn;
  private final Path file;
  private final Consumer<String> log;
  private final List<ObjectNode> records = new ArrayList<>();
  private final FileChannel channel;
  /** Where the last whole line ends: the next record is written there. */
  private long end;
  /** A failed write left bytes after {@link #end} that could not be cut off at once. */
  private boolean tornTail;
  private long lastSequence;

  StreamJournal(Path file, String table, String streamArn, Consumer<String> log) {
    this(file, table, streamArn, log, UnaryOperator.identity());
  }

  /** {@code channels} wraps the file's channel (tests make its writes fail). */
  StreamJournal(Path file, String table, String streamArn, Consumer<String> log, UnaryOperator<FileChannel> channels) {
    this.table = table;
    this.streamArn = streamArn;
    this.file = file;
    this.log = log;
    byte[] content;
    try {
      Files.createDirectories(file.getParent());
      content = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
      channel = channels.apply(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the stream journal of " + table + " at " + file, e);
    }
    try {
      end = load(content);
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot repair the end of the stream journal of " + table + " at " + file, e);
      try {
        channel.close();
      } catch (IOException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  public String table() {
    return table;
  }

  public String streamArn() {
    return streamArn;
  }

  public static long sequenceOf(JsonNode record) {
    return Long.parseLong(record.path("dynamodb").path("SequenceNumber").asText());
  }

  /** Reads the file's records and repairs its end; returns the length of its whole lines. */
  private long load(byte[] content) throws IOException {
    int lineStart = 0;
    int lineNumber = 0;
    while (lineStart < content.length) {
      lineNumber++;
      int newline = indexOf(content, (byte) '\n', lineStart);
      int lineEnd = newline < 0 ? content.length : newline;
      Optional<ObjectNode> record;
      String unreadable = null;
      try {
        record = read(content, lineStart, lineEnd);
      } catch (RuntimeException e) {
        record = Optional.empty();
        unreadable = e.getMessage();
      }
      if (newline < 0) {
        return endOfLast(content, lineStart, record);
      }
      record.ifPresent(r -> {
        records.add(r);
        lastSequence = sequenceOf(r);
      });
      if (unreadable != null) {
        log.accept("stream journal of " + table + ": line " + lineNumber + " of " + file + " is unreadable and is skipped ("
            + unreadable + "): " + excerpt(content, lineStart, lineEnd));
      }
      lineStart = newline + 1;
    }
    return content.length;
  }

  /** The last line has no newline: the write was cut short by a crash, unless the record is whole. */
  private long endOfLast(byte[] content, int lineStart, Optional<ObjectNode> record) throws IOException {
    if (record.isPresent()) {
      records.add(record.get());
      lastSequence = sequenceOf(record.get());
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}), content.length);
      return content.length + 1L;
    }
    log.accept("stream journal of " + table + ": the last line of " + file + " was cut short by a crash; its "
        + (content.length - lineStart) + " bytes are dropped: " + excerpt(content, lineStart, content.length));
    channel.truncate(lineStart);
    return lineStart;
  }

  /** The record on a line, empty for a blank line; throws if the line holds no record that follows the last one. */
  private Optional<ObjectNode> read(byte[] content, int from, int to) {
    if (new String(content, from, to - from, StandardCharsets.ISO_8859_1).isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(content, from, to - from);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
    if (!(node instanceof ObjectNode record) || !record.path("dynamodb").isObject()) {
      throw new IllegalArgumentException("not a stream record");
    }
    long sequence;
    try {
      sequence = sequenceOf(record);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("no sequence number", e);
    }
    if (sequence <= lastSequence) {
      throw new IllegalArgumentException("sequence number " + sequence + " does not follow " + lastSequence);
    }
    return Optional.of(record);
  }

  private static int indexOf(byte[] content, byte wanted, int from) {
    for (int i = from; i < content.length; i++) {
      if (content[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String excerpt(byte[] content, int from, int to) {
    String text = new String(content, from, Math.min(to - from, EXCERPT * 4), StandardCharsets.UTF_8);
    return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
  }

  /** Gives the record the next sequence number, writes it through to disk and wakes the readers. */
  synchronized void append(ObjectNode record) {
    long sequence = lastSequence + 1;
    ((ObjectNode) record.get("dynamodb")).put("SequenceNumber", String.format("%021d", sequence));
    byte[] line = line(record);
    try {
      write(line);
    } catch (IOException e) {
      UncheckedIOException failure = new UncheckedIOException("cannot append to the stream journal of " + table
          + "; the change is not recorded", e);
      cutTornTail(failure);
      throw failure;
    }
    lastSequence = sequence;
    records.add(record);
    notifyAll();
  }

  private static byte[] line(ObjectNode record) {
    byte[] json = Json.asciiBytes(record);
    byte[] line = new byte[json.length + 1];
    System.arraycopy(json, 0, line, 0, json.length);
    line[json.length] = '\n';
    return line;
  }

  private void write(byte[] line) throws IOException {
    if (tornTail) {
      channel.truncate(end);
      tornTail = false;
    }
    ByteBuffer bytes = ByteBuffer.wrap(line);
    long at = end;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
    end = at;
  }

  /** Cuts off what a failed write left, now or else before the next write, so that no half record stays in the file. */
  private void cutTornTail(UncheckedIOException failure) {
    try {
      channel.truncate(end);
    } catch (IOException e) {
      tornTail = true;
      failure.addSuppressed(e);
    }
  }

  public synchronized long lastSequence() {
    return lastSequence;
  }

  /** Up to {@code max} records after {@code sequence}, oldest first. */
  public synchronized List<ObjectNode> after(long sequence, int max) {
    int from = firstIndexAfter(sequence);
    return List.copyOf(records.subList(from, Math.min(records.size(), from + max)));
  }

  /** Waits up to {@code timeout} for a record after {@code sequence}; true if there is one. */
  public synchronized boolean awaitAfter(long sequence, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lastSequence <= sequence) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private int firstIndexAfter(long sequence) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sequenceOf(records.get(middle)) <= sequence) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the stream journal of " + table, e);
    }
  }
}
