package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.events.StreamId;
import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDayVisits;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbDueTasks;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbReminderLog;
import app.jobmate.notifications.adapter.sqs.ReminderMessage;
import app.jobmate.notifications.adapter.sqs.SqsReminderQueue;
import app.jobmate.notifications.diary.visits.TodaysVisits;
import app.jobmate.notifications.push.Sender;
import app.jobmate.notifications.tasks.TaskStreams;
import app.jobmate.notifications.tasks.reminders.DueTodayReminders;
import app.jobmate.notifications.tasks.reminders.ReminderWork;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The reminder queue's function: each message is a piece of a day's reminders — plan a page of
 * the day's due tasks or of its visits, remind one task's assignee, or send a person their day's
 * visits and tasks ({@link DueTodayReminders}). The batch
 * response ({@code ReportBatchItemFailures}) names only the messages whose work failed, so one
 * task's failure holds up no other; a message that names no work fails alone.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}, {@code EVENTS_TABLE}, {@code REMINDER_QUEUE_URL};
 * {@code WEBSOCKET_ENDPOINT}, the WebSocket API stage's management endpoint.
 */
public final class DueTodayReminderFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  /** Longer than a reminder takes (the function's 30 s timeout), shorter than the queue hides a message (180 s). */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
  static final int PAGE_SIZE = 100;
  private static final StreamId PRIMING_TASK = TaskStreams.of(TenantId.of("snapstart-priming"),
      TaskId.of("00000000-0000-7000-8000-000000000000"));

  private final DueTodayReminders reminders;

  public DueTodayReminderFunction() {
    this(wired(FunctionSettings.current()));
    SnapStartPriming.beforeSnapshot("DueTodayReminderFunction", this::prime);
  }

  public DueTodayReminderFunction(DueTodayReminders reminders) {
    this.reminders = reminders;
  }

  private static DueTodayReminders wired(FunctionSettings settings) {
    DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    String connections = settings.require("CONNECTIONS_TABLE");
    DynamoDbConnectionRegistry registry = new DynamoDbConnectionRegistry(dynamoDb, connections);
    DynamoDbEventHistory history = new DynamoDbEventHistory(dynamoDb, settings.require("EVENTS_TABLE"));
    return new DueTodayReminders(new DynamoDbDueTasks(dynamoDb, connections),
        new DiaryVisitsOfTheDay(new TodaysVisits(new DynamoDbDayVisits(dynamoDb, connections), history,
            EventCodec.standard())),
        new DynamoDbReminderLog(dynamoDb, connections, CLAIM_LEASE),
        new SqsReminderQueue(AwsClients.sqs(), settings.require("REMINDER_QUEUE_URL")),
        history, registry,
        new Sender(new ApiGatewayConnections(AwsClients.webSocketManagement(settings.get("WEBSOCKET_ENDPOINT"))),
            registry),
        EventCodec.standard(), Clock.systemUTC(), PAGE_SIZE);
  }

  /**
   * Reminds of a task that does not exist, and a person's day of someone who does not exist, in a
   * tenant that does not exist, today: the messages are read, the task's stream, the person's visits
   * and tasks read, and it stops there (not due), so nothing is written.
   */
  void prime() {
    LocalDate today = DueTodayReminders.dayOf(Instant.now());
    List<ReminderWork> work = List.of(
        ReminderMessage.read(ReminderMessage.write(new ReminderWork.Remind(today, PRIMING_TASK))),
        ReminderMessage.read(ReminderMessage.write(new ReminderWork.RemindMember(today, PRIMING_TASK.tenantId(),
            UserId.of("snapstart-priming")))));
    Map<Integer, Exception> failed = reminders.handle(work);
    if (!failed.isEmpty()) {
      throw new IllegalStateException("priming failed", failed.values().iterator().next());
    }
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, ReminderMessage::read, reminders::handle, context.getLogger());
  }
}
