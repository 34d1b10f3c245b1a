package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbPendingNotices;
import app.jobmate.notifications.adapter.sqs.SqsFlushScheduler;
import app.jobmate.notifications.push.Debounce;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.FlushScheduler;
import app.jobmate.notifications.push.PendingNotices;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * The push function, on its own SQS queue fed by an EventBridge rule: each message body is the
 * EventBridge event as the rule delivers it (no input transformer), whose {@code detail} is the
 * event's envelope. It only marks that the event's subject changed and, for the first change of a
 * window, schedules the subject's flush ({@link Debounce}); {@link PushFlushFunction} sends. The
 * batch response ({@code ReportBatchItemFailures}) names only the messages whose marking failed; a
 * message that cannot be read (not JSON, no envelope, an unknown event type or version) fails alone.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}, {@code FLUSH_QUEUE_URL}, {@code COALESCING_WINDOW_SECONDS}.
 */
public final class PushFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final Debounce debounce;
  private final EventCodec codec = EventCodec.standard();

  public PushFunction() {
    this(wired(FunctionSettings.current()));
  }

  public PushFunction(PendingNotices pending, FlushScheduler flushes) {
    this(new Debounce(pending, flushes));
  }

  public PushFunction(Debounce debounce) {
    this.debounce = debounce;
  }

  private static Debounce wired(FunctionSettings settings) {
    PushSettings push = PushSettings.of(settings);
    return new Debounce(
        new DynamoDbPendingNotices(AwsClients.dynamoDb(), settings.require("CONNECTIONS_TABLE"), push.lease()),
        new SqsFlushScheduler(AwsClients.sqs(), push.flushQueueUrl(), push.window()));
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, this::read, debounce::changed, context.getLogger());
  }

  private Delivered read(String body) {
    return Delivered.read(BusMessages.envelope(body), codec);
  }

}
