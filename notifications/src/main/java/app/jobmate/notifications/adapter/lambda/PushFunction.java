package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDayVisits;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDueTasks;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbPendingNotices;
import app.jobmate.notifications.adapter.sqs.SqsFlushScheduler;
import app.jobmate.notifications.push.Debounce;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.FlushScheduler;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.push.PendingNotices;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The push function, on its own SQS queue fed by an EventBridge rule: each message body is the
 * EventBridge event as the rule delivers it (no input transformer), whose {@code detail} is the
 * event's envelope. It only marks that the event's subject changed and, for the first change of a
 * window, schedules the subject's flush ({@link Debounce}); {@link PushFlushFunction} sends. The
 * batch response ({@code ReportBatchItemFailures}) names only the messages whose marking failed; a
 * message that cannot be read (not JSON, no envelope, an unknown event type or version), or whose
 * context notifications do not follow ({@link Contexts}), fails alone.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}, {@code FLUSH_QUEUE_URL}, {@code COALESCING_WINDOW_SECONDS}.
 */
public final class PushFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final Debounce debounce;
  private final EventCodec codec = EventCodec.standard();

  public PushFunction() {
    this(wired(FunctionSettings.current()));
  }

  public PushFunction(List<NotifyingContext> contexts, PendingNotices pending, FlushScheduler flushes) {
    this(new Debounce(contexts, pending, flushes));
  }

  public PushFunction(Debounce debounce) {
    this.debounce = debounce;
  }

  private static Debounce wired(FunctionSettings settings) {
    PushSettings push = PushSettings.of(settings);
    DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    String connections = settings.require("CONNECTIONS_TABLE");
    // marking only asks which contexts there are: what a context keeps after a flush is the flush function's to write
    return new Debounce(Contexts.notifying(new DynamoDbDueTasks(dynamoDb, connections),
        new DynamoDbDayVisits(dynamoDb, connections)),
        new DynamoDbPendingNotices(dynamoDb, connections, push.lease()),
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
