package app.jobmate.commands.adapter.sqs;

import app.jobmate.commands.expiry.Sweep;
import app.jobmate.commands.expiry.SweepContinuations;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Continuations as messages on the sweep's own queue, whose event source mapping runs the sweep's
 * continuation function on each. A run that fails comes back after the queue's visibility timeout
 * and ends in its dead-letter queue after {@code maxReceiveCount}; the next night's sweep starts
 * from the first quote due anyway, so nothing is left behind for good.
 */
public final class SqsSweepContinuations implements SweepContinuations {

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsSweepContinuations(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void schedule(Sweep rest) {
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(SweepMessage.write(rest)));
  }
}
