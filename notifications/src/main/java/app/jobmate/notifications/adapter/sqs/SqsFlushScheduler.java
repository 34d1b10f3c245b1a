package app.jobmate.notifications.adapter.sqs;

import app.jobmate.notifications.push.FlushScheduler;
import app.jobmate.notifications.push.Resend;
import app.jobmate.events.StreamId;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Schedules a flush, or a resend to one connection, as a message on the flush queue, hidden for the coalescing window by
 * {@code DelaySeconds} (SQS allows 0 to 900 seconds per message). The queue's event source
 * mapping runs the flush function on it; a flush that fails comes back after the queue's
 * visibility timeout and ends in its dead-letter queue after {@code maxReceiveCount}.
 */
public final class SqsFlushScheduler implements FlushScheduler {

  private static final Duration MAX_DELAY = Duration.ofMinutes(15);

  private final SqsClient sqs;
  private final String queueUrl;
  private final int delaySeconds;

  public SqsFlushScheduler(SqsClient sqs, String queueUrl, Duration window) {
    if (window.isNegative() || window.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("a coalescing window is 0 to 900 seconds, not " + window.toSeconds());
    }
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.delaySeconds = (int) window.toSeconds();
  }

  @Override
  public void schedule(StreamId subject) {
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(FlushMessage.write(subject)).delaySeconds(delaySeconds));
  }

  @Override
  public void resend(Resend resend) {
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(FlushMessage.write(resend)).delaySeconds(delaySeconds));
  }
}
