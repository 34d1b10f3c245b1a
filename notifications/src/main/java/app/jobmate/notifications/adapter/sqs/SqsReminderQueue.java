package app.jobmate.notifications.adapter.sqs;

import app.jobmate.notifications.tasks.reminders.ReminderQueue;
import app.jobmate.notifications.tasks.reminders.ReminderWork;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The reminder queue on SQS: {@code SendMessageBatch}, ten messages a call (SQS's limit). An
 * entry SQS refuses fails the whole send, so that the work that sent it is done again (its
 * reminders are deduplicated by the reminder log).
 */
public final class SqsReminderQueue implements ReminderQueue {

  private static final int BATCH_LIMIT = 10;

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsReminderQueue(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void send(List<ReminderWork> work) {
    for (int from = 0; from < work.size(); from += BATCH_LIMIT) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      List<ReminderWork> batch = work.subList(from, Math.min(work.size(), from + BATCH_LIMIT));
      for (int i = 0; i < batch.size(); i++) {
        entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
            .messageBody(ReminderMessage.write(batch.get(i))).build());
      }
      SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
      if (response.hasFailed() && !response.failed().isEmpty()) {
        throw new IllegalStateException(response.failed().size() + " of " + entries.size()
            + " reminder messages were refused by " + queueUrl + ", first: " + response.failed().getFirst().code()
            + " " + response.failed().getFirst().message());
      }
    }
  }
}
