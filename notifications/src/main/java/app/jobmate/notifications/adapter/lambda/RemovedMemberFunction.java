package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.BusMessages;
import app.jobmate.lambda.adapter.SqsBatch;
import app.jobmate.notifications.adapter.apigateway.ApiGatewayConnections;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.push.Delivered;
import app.jobmate.notifications.team.removal.RemovedMemberConnections;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes a removed member's open WebSocket connections, on its own SQS queue fed by an EventBridge
 * rule that delivers the team's {@code MemberRemoved} (each body the EventBridge event, its
 * {@code detail} the envelope): {@link RemovedMemberConnections}. The batch response names only the
 * messages that failed (a connection that could not be closed now, a body that cannot be read);
 * any other event of the team is read and ignored.
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}; {@code WEBSOCKET_ENDPOINT}, the WebSocket API stage's
 * management endpoint.
 */
public final class RemovedMemberFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {

  private final RemovedMemberConnections closer;
  private final EventCodec codec = EventCodec.standard();

  public RemovedMemberFunction() {
    this(wired(FunctionSettings.current()));
  }

  public RemovedMemberFunction(RemovedMemberConnections closer) {
    this.closer = closer;
  }

  private static RemovedMemberConnections wired(FunctionSettings settings) {
    return new RemovedMemberConnections(
        new DynamoDbConnectionRegistry(AwsClients.dynamoDb(), settings.require("CONNECTIONS_TABLE")),
        new ApiGatewayConnections(AwsClients.webSocketManagement(settings.get("WEBSOCKET_ENDPOINT"))));
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    LambdaLogger logger = context.getLogger();
    return SqsBatch.process(event, body -> Delivered.read(BusMessages.envelope(body), codec),
        items -> closeEach(items, logger), logger);
  }

  private Map<Integer, Exception> closeEach(List<Delivered> items, LambdaLogger logger) {
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Delivered delivered = items.get(i);
      if (!(delivered.event() instanceof MemberRemoved removed)) {
        continue;
      }
      try {
        int closed = closer.closeAll(delivered.envelope().tenantId(), removed.userId());
        logger.log("INFO closed " + closed + " connection(s) of a member removed from tenant "
            + delivered.envelope().tenantId().value());
      } catch (RuntimeException e) {
        failed.put(i, e);
      }
    }
    return failed;
  }
}
