package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDayVisits;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDueTasks;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbTextLog;
import app.jobmate.notifications.adapter.sns.SnsTextMessages;
import app.jobmate.notifications.diary.texts.TextNumbers;
import app.jobmate.notifications.diary.texts.VisitTexts;
import java.time.Clock;
import java.util.List;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbPendingNotices;
import app.jobmate.notifications.adapter.sqs.FlushMessage;
import app.jobmate.notifications.adapter.sqs.SqsFlushScheduler;
import app.jobmate.notifications.push.PushService;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The flush function, on the flush queue that {@link PushFunction} (and a flush that found more
 * to do) schedules on: each message names a subject whose window has passed. It folds the
 * subject's stream from the events table and sends what changed to the connections of the people
 * it concerns ({@link PushService}), and brings up to date what the subject's context keeps from its
 * stream ({@link Contexts}: a task's place in the due-date index that the morning reminders read,
 * {@link DueTodayReminderFunction}). A message the flush could not
 * deliver to one connection comes back on the same queue as a resend to that connection alone. The batch response ({@code ReportBatchItemFailures}) names
 * only the messages whose flush failed; a message that names no subject fails alone.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}, {@code EVENTS_TABLE}, {@code FLUSH_QUEUE_URL},
 * {@code COALESCING_WINDOW_SECONDS}; {@code WEBSOCKET_ENDPOINT}, the WebSocket API stage's
 * management endpoint {@code https://{apiId}.execute-api.{region}.amazonaws.com/{stage}}.
 */
public final class PushFlushFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final PushService service;

  public PushFlushFunction() {
    this(wired(FunctionSettings.current()));
  }

  public PushFlushFunction(PushService service) {
    this.service = service;
  }

  private static PushService wired(FunctionSettings settings) {
    PushSettings push = PushSettings.of(settings);
    DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    String connections = settings.require("CONNECTIONS_TABLE");
    DynamoDbConnectionRegistry registry = new DynamoDbConnectionRegistry(dynamoDb, connections);
    DynamoDbEventHistory events = new DynamoDbEventHistory(dynamoDb, settings.require("EVENTS_TABLE"));
    // texts of today's visits moved or cancelled, to members with no open connection (docs/notifications.md)
    VisitTexts visitTexts = new VisitTexts(registry, new TextNumbers(events, EventCodec.standard()),
        new DynamoDbTextLog(dynamoDb, connections, push.lease(), Clock.systemUTC()),
        new SnsTextMessages(AwsClients.sns()), Clock.systemUTC());
    return new PushService(Contexts.notifying(new DynamoDbDueTasks(dynamoDb, connections),
        new DynamoDbDayVisits(dynamoDb, connections), List.of(visitTexts)),
        registry,
        events,
        new DynamoDbPendingNotices(dynamoDb, connections, push.lease()),
        new SqsFlushScheduler(AwsClients.sqs(), push.flushQueueUrl(), push.window()),
        new ApiGatewayConnections(AwsClients.webSocketManagement(settings.get("WEBSOCKET_ENDPOINT"))),
        EventCodec.standard());
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, FlushMessage::readWork, service::runAll, context.getLogger());
  }
}
