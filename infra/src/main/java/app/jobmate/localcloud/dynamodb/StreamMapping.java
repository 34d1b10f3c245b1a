package app.jobmate.localcloud.dynamodb;

import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.function.EventSources;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.LambdaFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A DynamoDB stream event source mapping. The local stream has one shard, so records reach the
 * function in write order (per item, as AWS guarantees, and more). A batch that fails is retried
 * from its first failed record ({@code ReportBatchItemFailures}) or whole, halved first when
 * {@code BisectBatchOnFunctionError} is set (halving is not a retry, as in Lambda); once
 * {@code MaximumRetryAttempts} or {@code MaximumRecordAgeInSeconds} is exceeded the records are
 * skipped and described to the {@code OnFailure} destination. The checkpoint is kept on disk after
 * every step, so what was not delivered is delivered after a restart.
 */
public final class StreamMapping implements AutoCloseable {

  /** The mapping's settings, from the function's {@code Events} entry of type DynamoDB. */
  public record Settings(int batchSize, Duration batchingWindow, boolean startAtTrimHorizon, boolean bisectOnError,
      int maximumRetryAttempts, Duration maximumRecordAge, boolean reportBatchItemFailures,
      Optional<Consumer<JsonNode>> onFailure) {

    /**
     * The settings of a {@code DynamoDB} event of the template ({@code Properties} resolved), with
     * Lambda's defaults; {@code onFailure} sends a failure document to the destination's queue.
     */
    public static Settings fromTemplate(JsonNode properties, Function<String, Consumer<JsonNode>> onFailure) {
      return new Settings(
          properties.path("BatchSize").asInt(100),
          Duration.ofSeconds(properties.path("MaximumBatchingWindowInSeconds").asInt(0)),
          properties.path("StartingPosition").asText("LATEST").equals("TRIM_HORIZON"),
          properties.path("BisectBatchOnFunctionError").asBoolean(false),
          properties.path("MaximumRetryAttempts").asInt(-1),
          Duration.ofSeconds(properties.path("MaximumRecordAgeInSeconds").asInt(-1)),
          EventSources.reportsItemFailures(properties),
          Optional.ofNullable(properties.path("DestinationConfig").path("OnFailure").get("Destination"))
              .map(JsonNode::asText).map(onFailure));
    }

    /** The table whose stream an event's {@code Stream} ARN names. */
    public static String tableOf(JsonNode properties) {
      return properties.path("Stream").asText().replaceFirst("^.*:table/", "").replaceFirst("/stream/.*$", "");
    }
  }

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

  private final String id;
  private final LambdaFunction function;
  private final StreamJournal journal;
  private final Settings settings;
  private final Path checkpointFile;
  private final Consumer<String> log;
  private final Thread worker;
  private volatile long checkpoint;
  private volatile boolean running = true;
  private volatile boolean held;

  public StreamMapping(String id, LambdaFunction function, StreamJournal journal, Settings settings, Path checkpointFile,
      Consumer<String> log) {
    this.id = id;
    this.function = function;
    this.journal = journal;
    this.settings = settings;
    this.checkpointFile = checkpointFile;
    this.log = log;
    this.checkpoint = readCheckpoint().orElseGet(() -> {
      long start = settings.startAtTrimHorizon() ? 0 : journal.lastSequence();
      writeCheckpoint(start);
      return start;
    });
    this.worker = new Thread(this::run, "stream-" + id);
    this.worker.setDaemon(true);
  }

  public void start() {
    worker.start();
  }

  public String id() {
    return id;
  }

  /** The function this mapping invokes. */
  public LambdaFunction function() {
    return function;
  }

  /**
   * Takes no new batch until {@link #release()}: records pile up in the stream, as behind a
   * function that is slow or throttled, and the next batch after the release holds many of them.
   * A batch in hand is finished first.
   */
  public void hold() {
    held = true;
  }

  public void release() {
    held = false;
  }

  /** True when every record in the stream has been handled. */
  public boolean drained() {
    return checkpoint >= journal.lastSequence();
  }

  private void run() {
    try {
      while (running) {
        if (held) {
          Thread.sleep(20);
          continue;
        }
        if (!journal.awaitAfter(checkpoint, Duration.ofMillis(500)) || held) {
          continue; // a hold that came while waiting for records takes effect before the next batch
        }
        if (!settings.batchingWindow().isZero() && journal.after(checkpoint, settings.batchSize()).size() < settings.batchSize()) {
          waitForWindow();
        }
        List<ObjectNode> batch = journal.after(checkpoint, settings.batchSize());
        if (!batch.isEmpty()) {
          process(withoutExpired(batch), 0);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.accept("[" + id + "] stream mapping stopped: " + e);
    }
  }

  private void waitForWindow() throws InterruptedException {
    long end = System.nanoTime() + settings.batchingWindow().toNanos();
    while (running && System.nanoTime() < end && journal.after(checkpoint, settings.batchSize()).size() < settings.batchSize()) {
      journal.awaitAfter(journal.lastSequence(), Duration.ofNanos(Math.max(1, end - System.nanoTime())));
    }
  }

  private List<ObjectNode> withoutExpired(List<ObjectNode> batch) {
    if (settings.maximumRecordAge().isNegative()) {
      return batch;
    }
    long oldest = Instant.now().minus(settings.maximumRecordAge()).getEpochSecond();
    int firstFresh = 0;
    while (firstFresh < batch.size() && batch.get(firstFresh).path("dynamodb").path("ApproximateCreationDateTime").asLong() < oldest) {
      firstFresh++;
    }
    if (firstFresh > 0) {
      giveUp(batch.subList(0, firstFresh), "RecordAgeExceeded", 0, Optional.empty());
    }
    return batch.subList(firstFresh, batch.size());
  }

  /** Delivers {@code batch} until it succeeds or is given up; {@code retries} is how often it has been retried. */
  private void process(List<ObjectNode> batch, int retries) throws InterruptedException {
    if (batch.isEmpty() || !running) {
      return;
    }
    int firstFailed;
    Optional<FunctionError> error = Optional.empty();
    try {
      byte[] result = function.invoke(Json.bytes(event(batch)), Duration.ofMinutes(15));
      firstFailed = settings.reportBatchItemFailures() ? firstFailed(result, batch) : batch.size();
    } catch (FunctionError e) {
      error = Optional.of(e);
      firstFailed = 0;
    }
    if (firstFailed >= batch.size()) {
      commit(batch.getLast());
      return;
    }
    if (firstFailed > 0) {
      commit(batch.get(firstFailed - 1));
    }
    List<ObjectNode> failed = batch.subList(firstFailed, batch.size());
    if (error.isPresent() && settings.bisectOnError() && failed.size() > 1) {
      int half = failed.size() / 2;
      process(List.copyOf(failed.subList(0, half)), retries);
      process(List.copyOf(failed.subList(half, failed.size())), retries);
      return;
    }
    if (settings.maximumRetryAttempts() >= 0 && retries >= settings.maximumRetryAttempts()) {
      giveUp(failed, "RetryAttemptsExhausted", retries + 1, error);
      return;
    }
    backoff(retries);
    process(List.copyOf(failed), retries + 1);
  }

  /** The index of the first record named in {@code batchItemFailures}, or the batch size when none failed. */
  private int firstFailed(byte[] result, List<ObjectNode> batch) {
    JsonNode response;
    try {
      response = Json.parse(result);
    } catch (RuntimeException e) {
      return 0;
    }
    int first = batch.size();
    for (JsonNode failure : response.path("batchItemFailures")) {
      String sequence = failure.path("itemIdentifier").asText("");
      int index = -1;
      for (int i = 0; i < batch.size(); i++) {
        if (batch.get(i).path("dynamodb").path("SequenceNumber").asText().equals(sequence)) {
          index = i;
        }
      }
      if (index < 0) {
        return 0; // an empty or unknown identifier fails the whole batch, as in Lambda
      }
      first = Math.min(first, index);
    }
    return first;
  }

  private void giveUp(List<ObjectNode> records, String condition, int invocations, Optional<FunctionError> error) {
    log.accept("[" + id + "] skipping " + records.size() + " record(s): " + condition);
    settings.onFailure().ifPresent(destination -> destination.accept(failureRecord(records, condition, invocations, error)));
    commit(records.getLast());
  }

  /** The document Lambda sends to an on-failure destination for a stream batch. */
  private JsonNode failureRecord(List<ObjectNode> records, String condition, int invocations, Optional<FunctionError> error) {
    ObjectNode document = Json.object();
    document.putObject("requestContext")
        .put("requestId", UUID.randomUUID().toString())
        .put("functionArn", function.spec().arn())
        .put("condition", condition)
        .put("approximateInvokeCount", invocations);
    ObjectNode response = document.putObject("responseContext").put("statusCode", 200).put("executedVersion", "$LATEST");
    error.ifPresent(e -> response.put("functionError", "Unhandled"));
    document.put("version", "1.0");
    document.put("timestamp", Instant.now().toString());
    ObjectNode first = records.getFirst();
    ObjectNode last = records.getLast();
    document.putObject("DDBStreamBatchInfo")
        .put("shardId", "shardId-00000000000000000000-local")
        .put("startSequenceNumber", first.path("dynamodb").path("SequenceNumber").asText())
        .put("endSequenceNumber", last.path("dynamodb").path("SequenceNumber").asText())
        .put("approximateArrivalOfFirstRecord", arrival(first))
        .put("approximateArrivalOfLastRecord", arrival(last))
        .put("batchSize", records.size())
        .put("streamArn", journal.streamArn());
    return document;
  }

  private static String arrival(JsonNode record) {
    return Instant.ofEpochSecond(record.path("dynamodb").path("ApproximateCreationDateTime").asLong()).toString();
  }

  private ObjectNode event(List<ObjectNode> batch) {
    ObjectNode event = Json.object();
    batch.forEach(record -> event.withArray("Records").add(record.deepCopy().put("awsRegion", REGION)));
    return event;
  }

  private void backoff(int retries) throws InterruptedException {
    long millis = Math.min(MAX_BACKOFF.toMillis(), 50L << Math.min(retries, 10));
    long end = System.nanoTime() + millis * 1_000_000;
    while (running && System.nanoTime() < end) {
      Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
    }
  }

  private void commit(JsonNode record) {
    long sequence = StreamJournal.sequenceOf(record);
    if (sequence > checkpoint) {
      writeCheckpoint(sequence);
      checkpoint = sequence;
    }
  }

  private Optional<Long> readCheckpoint() {
    try {
      return Files.exists(checkpointFile)
          ? Optional.of(Json.parse(Files.readAllBytes(checkpointFile)).path("sequenceNumber").asLong())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read checkpoint " + checkpointFile, e);
    }
  }

  private void writeCheckpoint(long sequence) {
    try {
      Files.createDirectories(checkpointFile.getParent());
      Path temporary = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".tmp");
      Files.write(temporary, Json.bytes(Json.object().put("sequenceNumber", sequence)));
      Files.move(temporary, checkpointFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + checkpointFile, e);
    }
  }

  /** Stops after the batch in hand; undelivered records stay in the journal for the next start. */
  @Override
  public void close() {
    running = false;
    try {
      worker.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
