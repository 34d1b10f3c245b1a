package app.jobmate.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.localcloud.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's stream journal: what it keeps, whatever the items hold, and what it makes of a damaged file at start. */
class StreamJournalTest {

  private static final String ARN = "arn:aws:dynamodb:eu-west-2:000000000000:table/local-notes/stream/local";

  @TempDir
  Path data;

  private final List<String> logged = new ArrayList<>();

  private Path file() {
    return data.resolve("streams").resolve("local-notes.jsonl");
  }

  private StreamJournal open() {
    return new StreamJournal(file(), "local-notes", ARN, logged::add);
  }

  private static ObjectNode insert(String noteId, String text) {
    ObjectNode record = Json.object().put("eventName", "INSERT").put("eventSourceARN", ARN);
    ObjectNode dynamodb = record.putObject("dynamodb");
    dynamodb.putObject("Keys").putObject("noteId").put("S", noteId);
    ObjectNode image = dynamodb.putObject("NewImage");
    image.putObject("noteId").put("S", noteId);
    image.putObject("text").put("S", text);
    dynamodb.put("SequenceNumber", "");
    return record;
  }

  private static List<String> texts(StreamJournal journal) {
    return journal.after(0, 100).stream().map(r -> r.at("/dynamodb/NewImage/text/S").asText()).toList();
  }

  private static List<Long> sequences(StreamJournal journal) {
    return journal.after(0, 100).stream().map(StreamJournal::sequenceOf).toList();
  }

  @Test
  void a_record_holding_a_lone_surrogate_is_kept_and_reads_back_identical_after_a_restart() {
    String unpaired = "x\uD800y";
    try (StreamJournal journal = open()) {
      journal.append(insert("n-1", unpaired));
      journal.append(insert("n-2", "after it, the boiler"));
      journal.append(insert("n-3", "Café £12 \uD83D\uDD27"));

      assertThat(texts(journal)).containsExactly(unpaired, "after it, the boiler", "Café £12 \uD83D\uDD27");
      assertThat(journal.lastSequence()).isEqualTo(3);
    }

    try (StreamJournal reopened = open()) {
      assertThat(texts(reopened)).containsExactly(unpaired, "after it, the boiler", "Café £12 \uD83D\uDD27");
      assertThat(sequences(reopened)).containsExactly(1L, 2L, 3L);
      reopened.append(insert("n-4", "still flowing"));
      assertThat(reopened.lastSequence()).isEqualTo(4);
    }
    assertThat(logged).isEmpty();
  }

  @Test
  void a_write_that_fails_consumes_no_sequence_number_keeps_nothing_and_the_next_append_works() throws IOException {
    FailingChannel[] channel = new FailingChannel[1];
    try (StreamJournal journal = new StreamJournal(file(), "local-notes", ARN, logged::add,
        real -> channel[0] = new FailingChannel(real))) {
      journal.append(insert("n-1", "first"));
      channel[0].failNextWriteHalfway();

      assertThatThrownBy(() -> journal.append(insert("n-2", "lost to a full disk"))).isInstanceOf(UncheckedIOException.class);

      assertThat(journal.lastSequence()).isEqualTo(1);
      assertThat(texts(journal)).containsExactly("first");
      journal.append(insert("n-3", "the disk has room again"));
      assertThat(sequences(journal)).containsExactly(1L, 2L);
    }

    assertThat(Files.readAllLines(file())).hasSize(2).noneMatch(line -> line.contains("lost to a full disk"));
    try (StreamJournal reopened = open()) {
      assertThat(texts(reopened)).containsExactly("first", "the disk has room again");
      assertThat(sequences(reopened)).containsExactly(1L, 2L);
    }
    assertThat(logged).isEmpty();
  }

  @Test
  void a_record_torn_by_a_crash_is_dropped_at_start_with_one_log_line_and_the_good_records_keep_their_numbers() throws IOException {
    try (StreamJournal journal = open()) {
      journal.append(insert("n-1", "first"));
      journal.append(insert("n-2", "second"));
    }
    Files.writeString(file(), "{\"eventName\":\"INSERT\",\"dynamodb\":{\"Keys\":{\"noteId\":{\"S\":\"n-3\"", StandardOpenOption.APPEND);

    try (StreamJournal reopened = open()) {
      assertThat(texts(reopened)).containsExactly("first", "second");
      assertThat(sequences(reopened)).containsExactly(1L, 2L);
      reopened.append(insert("n-4", "after the crash"));
      assertThat(reopened.lastSequence()).isEqualTo(3);
    }

    assertThat(logged).singleElement().satisfies(line -> assertThat(line)
        .contains("local-notes").contains("cut short").contains("dropped").contains("n-3"));
    assertThat(Files.readAllLines(file())).hasSize(3).allSatisfy(line -> assertThat(Json.parse(line).isObject()).isTrue());
  }

  @Test
  void a_last_record_complete_but_for_its_newline_is_kept() throws IOException {
    try (StreamJournal journal = open()) {
      journal.append(insert("n-1", "first"));
      journal.append(insert("n-2", "second"));
    }
    String whole = Files.readString(file());
    Files.writeString(file(), whole.substring(0, whole.length() - 1));

    try (StreamJournal reopened = open()) {
      reopened.append(insert("n-3", "third"));
      assertThat(texts(reopened)).containsExactly("first", "second", "third");
      assertThat(sequences(reopened)).containsExactly(1L, 2L, 3L);
    }
    assertThat(Files.readAllLines(file())).hasSize(3);
  }

  @Test
  void an_unreadable_line_in_the_middle_is_skipped_with_a_message_and_the_records_around_it_keep_their_numbers() throws IOException {
    try (StreamJournal journal = open()) {
      journal.append(insert("n-1", "first"));
      journal.append(insert("n-2", "second"));
      journal.append(insert("n-3", "third"));
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(1, "\u0000\u0000garbage{\"not\": json");
    Files.write(file(), lines, StandardCharsets.UTF_8);

    try (StreamJournal reopened = open()) {
      assertThat(texts(reopened)).containsExactly("first", "third");
      assertThat(sequences(reopened)).containsExactly(1L, 3L);
      reopened.append(insert("n-4", "fourth"));
      assertThat(reopened.lastSequence()).isEqualTo(4);
      assertThat(reopened.after(1, 10)).extracting(StreamJournal::sequenceOf).containsExactly(3L, 4L);
    }
    assertThat(logged).singleElement().satisfies(line -> assertThat(line)
        .contains("local-notes").contains("line 2").contains("skipped"));
  }

  /** A file channel whose next write stops halfway with the error a full disk gives. */
  static final class FailingChannel extends FileChannel {

    private final FileChannel real;
    private boolean failNext;

    FailingChannel(FileChannel real) {
      this.real = real;
    }

    void failNextWriteHalfway() {
      failNext = true;
    }

    @Override
    public int write(java.nio.ByteBuffer source, long position) throws IOException {
      if (failNext) {
        failNext = false;
        java.nio.ByteBuffer half = source.slice(source.position(), source.remaining() / 2);
        real.write(half, position);
        throw new IOException("No space left on device");
      }
      return real.write(source, position);
    }

    @Override
    public int write(java.nio.ByteBuffer source) throws IOException {
      return real.write(source);
    }

    @Override
    public long write(java.nio.ByteBuffer[] sources, int offset, int length) throws IOException {
      return real.write(sources, offset, length);
    }

    @Override
    public int read(java.nio.ByteBuffer target) throws IOException {
      return real.read(target);
    }

    @Override
    public long read(java.nio.ByteBuffer[] targets, int offset, int length) throws IOException {
      return real.read(targets, offset, length);
    }

    @Override
    public int read(java.nio.ByteBuffer target, long position) throws IOException {
      return real.read(target, position);
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      real.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      real.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target) throws IOException {
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(java.nio.channels.ReadableByteChannel source, long position, long count) throws IOException {
      return real.transferFrom(source, position, count);
    }

    @Override
    public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public java.nio.channels.FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
    }
  }
}
