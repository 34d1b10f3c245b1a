package app.jobmate.lambda.adapter;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch of an SQS event source mapping with {@code ReportBatchItemFailures}: the response names
 * exactly the messages that failed, so that only they come back (and, after the queue's
 * {@code maxReceiveCount}, go to its dead-letter queue). A body that cannot be read is a poison
 * message and fails alone. An exception thrown by the handler fails the whole batch, as a crash
 * would: every message comes back.
 */
public final class SqsBatch {

  private SqsBatch() {
  }

  /** Handles the messages that could be read, in order; answers the indexes of those that failed, and why. */
  @FunctionalInterface
  public interface Handler<T> {
    Map<Integer, ? extends Exception> handle(List<T> items);
  }

  /**
   * Reads each body with {@code read} (which throws for a poison message), hands what was read to
   * {@code handle}, and reports every failure to {@code logger} and in the response.
   */
  public static <T> SQSBatchResponse process(SQSEvent event, Function<String, T> read, Handler<T> handle,
                                             LambdaLogger logger) {
    List<SQSEvent.SQSMessage> messages = event.getRecords() == null ? List.of() : event.getRecords();
    Set<String> failed = new LinkedHashSet<>();
    List<T> items = new ArrayList<>();
    List<SQSEvent.SQSMessage> itemMessages = new ArrayList<>();
    for (SQSEvent.SQSMessage message : messages) {
      try {
        items.add(read.apply(message.getBody()));
        itemMessages.add(message);
      } catch (RuntimeException e) {
        logger.log("ERROR poison message " + message.getMessageId() + " (receive count "
            + receiveCount(message) + "): " + e);
        failed.add(message.getMessageId());
      }
    }
    if (!items.isEmpty()) {
      handle.handle(List.copyOf(items)).forEach((index, cause) -> {
        SQSEvent.SQSMessage message = itemMessages.get(index);
        logger.log("ERROR message " + message.getMessageId() + " (receive count " + receiveCount(message)
            + ") failed: " + cause);
        failed.add(message.getMessageId());
      });
    }
    return failedOnly(messages.stream().map(SQSEvent.SQSMessage::getMessageId).filter(failed::contains).toList());
  }

  /** A response that has Lambda redeliver only {@code messageIds}. */
  public static SQSBatchResponse failedOnly(List<String> messageIds) {
    return SQSBatchResponse.builder()
        .withBatchItemFailures(messageIds.stream()
            .map(id -> SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build())
            .toList())
        .build();
  }

  private static String receiveCount(SQSEvent.SQSMessage message) {
    return message.getAttributes() == null ? "?" : message.getAttributes().getOrDefault("ApproximateReceiveCount", "?");
  }
}
