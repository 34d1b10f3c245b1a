package app.jobmate.localcloud.sqs;

import static app.jobmate.localcloud.template.Intrinsics.REGION;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.function.EventSources;
import app.jobmate.localcloud.function.FunctionError;
import app.jobmate.localcloud.function.LambdaFunction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * An SQS event source mapping: pollers (as many as {@code ScalingConfig.MaximumConcurrency}, at
 * least two as in Lambda) receive up to {@code BatchSize} messages, waiting up to
 * {@code MaximumBatchingWindowInSeconds} to fill a batch, invoke the function with an
 * {@code SQSEvent}, and delete what succeeded. Failed messages are left alone: they reappear after
 * the queue's visibility timeout and, past {@code maxReceiveCount}, go to the dead-letter queue.
 * {@link #faults()} rehearses duplicate, reordered and half-handled deliveries (off by default).
 */
public final class QueueMapping implements AutoCloseable {

  /** The mapping's settings, from the function's {@code Events} entry of type SQS. */
  public record Settings(String queueUrl, String queueArn, int batchSize, Duration batchingWindow, int maximumConcurrency,
      boolean reportBatchItemFailures, Duration visibilityTimeout) {

    /** The settings of an {@code SQS} event of the template ({@code Properties} resolved), with Lambda's defaults. */
    public static Settings fromTemplate(JsonNode properties, LocalSqs sqs) {
      String arn = properties.path("Queue").asText();
      String url = sqs.urlOfArn(arn);
      return new Settings(url, arn,
          properties.path("BatchSize").asInt(10),
          Duration.ofSeconds(properties.path("MaximumBatchingWindowInSeconds").asInt(0)),
          properties.path("ScalingConfig").path("MaximumConcurrency").asInt(2),
          EventSources.reportsItemFailures(properties),
          Duration.ofSeconds(sqs.visibilityTimeoutSeconds(url)));
    }
  }

  private static final int RECEIVE_LIMIT = 10; // SQS returns at most 10 messages per ReceiveMessage

  private final String id;
  private final LambdaFunction function;
  private final Settings settings;
  private final SqsClient sqs;
  private final Consumer<String> log;
  private final List<Thread> pollers = new ArrayList<>();
  private final AtomicInteger busy = new AtomicInteger();
  private final DeliveryFaults faults = new DeliveryFaults();
  private volatile boolean running = true;
  private volatile boolean held;

  public QueueMapping(String id, LambdaFunction function, Settings settings, SqsClient sqs, Consumer<String> log) {
    this.id = id;
    this.function = function;
    this.settings = settings;
    this.sqs = sqs;
    this.log = log;
  }

  public String id() {
    return id;
  }

  public String queueUrl() {
    return settings.queueUrl();
  }

  public void start() {
    for (int i = 0; i < Math.max(2, settings.maximumConcurrency()); i++) {
      Thread poller = new Thread(this::poll, "sqs-" + id + "-" + i);
      poller.setDaemon(true);
      pollers.add(poller);
      poller.start();
    }
  }

  /** The faults to rehearse on this mapping (none unless a test turns them on). */
  public DeliveryFaults faults() {
    return faults;
  }

  /** The function this mapping invokes. */
  public LambdaFunction function() {
    return function;
  }

  /**
   * Receives nothing until {@link #release()}: messages pile up in the queue, as behind a consumer
   * that is down, and the batches after the release are full. Batches in hand are finished first.
   */
  public void hold() {
    held = true;
  }

  public void release() {
    held = false;
  }

  public boolean busy() {
    return busy.get() > 0;
  }

  private void poll() {
    while (running) {
      try {
        if (held) {
          pause(Duration.ofMillis(20));
          continue;
        }
        List<Message> batch = receiveBatch();
        if (!batch.isEmpty()) {
          busy.incrementAndGet();
          try {
            deliver(batch);
          } finally {
            busy.decrementAndGet();
          }
        }
      } catch (RuntimeException e) {
        if (running) {
          log.accept("[" + id + "] polling failed: " + e);
          pause(Duration.ofSeconds(1));
        }
      }
    }
  }

  private List<Message> receiveBatch() {
    List<Message> batch = new ArrayList<>(receive(Duration.ofSeconds(1)));
    long windowEnds = System.nanoTime() + settings.batchingWindow().toNanos();
    while (running && !batch.isEmpty() && batch.size() < settings.batchSize() && System.nanoTime() < windowEnds) {
      long leftMillis = (windowEnds - System.nanoTime()) / 1_000_000;
      batch.addAll(receive(Duration.ofMillis(Math.min(1000, Math.max(0, leftMillis)))));
    }
    return batch;
  }

  private List<Message> receive(Duration wait) {
    int wanted = Math.min(RECEIVE_LIMIT, settings.batchSize());
    return sqs.receiveMessage(r -> r.queueUrl(settings.queueUrl())
        .maxNumberOfMessages(wanted)
        .waitTimeSeconds((int) Math.min(20, wait.toSeconds()))
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
        .messageAttributeNames("All")).messages();
  }

  private void deliver(List<Message> batch) {
    if (!faults.reordering()) {
      invokeAndDelete(batch);
      return;
    }
    List<Message> now = new ArrayList<>();
    for (Message message : batch) {
      if (faults.holdBack(receiveCount(message))) {
        sqs.changeMessageVisibility(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle()).visibilityTimeout(1));
      } else {
        now.add(message);
      }
    }
    for (List<Message> piece : faults.shuffled(now)) {
      invokeAndDelete(piece);
    }
  }

  private void invokeAndDelete(List<Message> batch) {
    if (faults.takeCrash(batch.size())) {
      List<Message> handled = batch.subList(0, batch.size() / 2);
      invoke(handled);
      log.accept("[" + id + "] fault: the invocation died after " + handled.size() + " of its " + batch.size() + " messages");
      return;
    }
    Set<String> succeeded = faults.copies() == 1 ? invoke(batch) : invokeAtOnce(batch, faults.copies());
    List<Message> done = batch.stream().filter(m -> succeeded.contains(m.messageId())).toList();
    for (int from = 0; from < done.size(); from += RECEIVE_LIMIT) {
      List<DeleteMessageBatchRequestEntry> entries = done.subList(from, Math.min(done.size(), from + RECEIVE_LIMIT))
          .stream().map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
          .toList();
      sqs.deleteMessageBatch(r -> r.queueUrl(settings.queueUrl()).entries(entries));
    }
  }

  /** The ids of the messages the function handled; none when the invocation failed. */
  private Set<String> invoke(List<Message> batch) {
    byte[] result;
    try {
      // a throttled poller waits for a slot while its messages stay invisible, rather than losing its batch
      result = function.invoke(Json.bytes(event(batch)), settings.visibilityTimeout());
    } catch (FunctionError error) {
      return Set.of(); // the whole batch failed: every message comes back after its visibility timeout
    }
    Set<String> failed = settings.reportBatchItemFailures() ? failedIds(result, batch) : Set.of();
    Set<String> succeeded = new HashSet<>();
    batch.stream().map(Message::messageId).filter(messageId -> !failed.contains(messageId)).forEach(succeeded::add);
    return succeeded;
  }

  /** The same batch to {@code copies} invocations at once; a message one of them handled is done, as a receipt deleted once is. */
  private Set<String> invokeAtOnce(List<Message> batch, int copies) {
    Set<String> succeeded = ConcurrentHashMap.newKeySet();
    List<Thread> invocations = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      invocations.add(Thread.ofVirtual().name("sqs-" + id + "-copy-" + i).start(() -> succeeded.addAll(invoke(batch))));
    }
    for (Thread invocation : invocations) {
      try {
        invocation.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Set.of();
      }
    }
    return succeeded;
  }

  private static int receiveCount(Message message) {
    String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
    return count == null ? 1 : Integer.parseInt(count);
  }

  /** Lambda treats a response naming an empty, null or unknown itemIdentifier as a failure of the whole batch. */
  private Set<String> failedIds(byte[] result, List<Message> batch) {
    Set<String> all = new HashSet<>();
    batch.forEach(m -> all.add(m.messageId()));
    JsonNode response;
    try {
      response = Json.parse(result);
    } catch (RuntimeException e) {
      return all;
    }
    Set<String> failed = new HashSet<>();
    for (JsonNode failure : response.path("batchItemFailures")) {
      String itemIdentifier = failure.path("itemIdentifier").asText("");
      if (!all.contains(itemIdentifier)) {
        return all;
      }
      failed.add(itemIdentifier);
    }
    return failed;
  }

  private ObjectNode event(List<Message> batch) {
    ObjectNode event = Json.object();
    ArrayNode records = event.putArray("Records");
    for (Message message : batch) {
      ObjectNode record = records.addObject();
      record.put("messageId", message.messageId());
      record.put("receiptHandle", message.receiptHandle());
      record.put("body", message.body());
      ObjectNode attributes = record.putObject("attributes");
      message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
      ObjectNode messageAttributes = record.putObject("messageAttributes");
      for (Map.Entry<String, MessageAttributeValue> attribute : message.messageAttributes().entrySet()) {
        MessageAttributeValue value = attribute.getValue();
        ObjectNode node = messageAttributes.putObject(attribute.getKey());
        if (value.stringValue() != null) {
          node.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
          node.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
        }
        node.putArray("stringListValues");
        node.putArray("binaryListValues");
        node.put("dataType", value.dataType());
      }
      record.put("md5OfBody", message.md5OfBody());
      if (message.md5OfMessageAttributes() != null) {
        record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
      }
      record.put("eventSource", "aws:sqs");
      record.put("eventSourceARN", settings.queueArn());
      record.put("awsRegion", REGION);
    }
    return event;
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Stops polling; a batch being delivered finishes first (as when Lambda disables a mapping). */
  @Override
  public void close() {
    running = false;
    for (Thread poller : pollers) {
      try {
        poller.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
