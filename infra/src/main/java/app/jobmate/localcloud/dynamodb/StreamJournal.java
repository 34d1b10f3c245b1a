package app.jobmate.localcloud.dynamodb;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream: records appended in write order to a file (one JSON record a line) and kept in
 * memory, each with a {@code SequenceNumber} that increases by one. The file outlives the process,
 * so records not yet delivered are still there at the next start.
 */
public final class StreamJournal implements AutoCloseable {

  private final String table;
  private final String streamArn;
  private final List<ObjectNode> records = new ArrayList<>();
  private final BufferedWriter writer;
  private long lastSequence;

  StreamJournal(Path file, String table, String streamArn) {
    this.table = table;
    this.streamArn = streamArn;
    try {
      Files.createDirectories(file.getParent());
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            ObjectNode record = (ObjectNode) Json.parse(line);
            records.add(record);
            lastSequence = sequenceOf(record);
          }
        }
      }
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the stream journal of " + table + " at " + file, e);
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

  /** Gives the record the next sequence number, writes it through to disk and wakes the readers. */
  synchronized void append(ObjectNode record) {
    lastSequence++;
    ((ObjectNode) record.get("dynamodb")).put("SequenceNumber", String.format("%021d", lastSequence));
    try {
      writer.write(Json.text(record));
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the stream journal of " + table, e);
    }
    records.add(record);
    notifyAll();
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
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the stream journal of " + table, e);
    }
  }
}
