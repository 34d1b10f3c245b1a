package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventJson;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbSummaries;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.push.Connections;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.push.PushService;
import app.jobmate.notifications.summaries.Summaries;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The push function, on its own SQS queue fed by an EventBridge rule: each message body is the
 * EventBridge event as the rule delivers it (no input transformer), whose {@code detail} is the
 * event's envelope. The batch response ({@code ReportBatchItemFailures}) names only the messages
 * whose pushes failed; a message that cannot be read fails alone.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}; {@code WEBSOCKET_ENDPOINT}, the WebSocket API stage's
 * management endpoint {@code https://{apiId}.execute-api.{region}.amazonaws.com/{stage}}.
 */
public final class PushFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final PushService service;
  private final EventCodec codec = EventCodec.standard();

  public PushFunction() {
    this(wired(FunctionSettings.current()));
  }

  public PushFunction(ConnectionRegistry registry, Summaries summaries, Connections connections) {
    this(new PushService(registry, summaries, connections));
  }

  public PushFunction(PushService service) {
    this.service = service;
  }

  private static PushService wired(FunctionSettings settings) {
    DynamoDbClient dynamoDb = AwsClients.dynamoDb();
    String table = settings.require("CONNECTIONS_TABLE");
    return new PushService(new DynamoDbConnectionRegistry(dynamoDb, table), new DynamoDbSummaries(dynamoDb, table),
        new ApiGatewayConnections(AwsClients.webSocketManagement(settings.get("WEBSOCKET_ENDPOINT"))));
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    return SqsBatch.process(event, this::read, service::push, context.getLogger());
  }

  private Delivered read(String body) {
    JsonNode detail;
    try {
      detail = EventJson.mapper().readTree(body == null ? "" : body).path("detail");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the message is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!detail.isObject()) {
      throw new IllegalArgumentException("the message is not an EventBridge event with an envelope as its detail");
    }
    EventEnvelope envelope;
    try {
      envelope = EventJson.mapper().treeToValue(detail, EventEnvelope.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the detail is not an event envelope: " + e.getOriginalMessage(), e);
    }
    return Delivered.read(envelope, codec);
  }
}
