package app.jobmate.notifications.adapter.lambda;

import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbConnectionRegistry;
import app.jobmate.notifications.adapter.dynamodb.DynamoDbEventHistory;
import app.jobmate.notifications.connections.Caller;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.team.removal.RemovedMembers;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The WebSocket API's routes, one function for all three (they share the registry, and the
 * frequent pings keep the instance warm for the next connect):
 * <ul>
 *   <li>{@code $connect}: stores the connection with the caller the authorizer verified
 *       ({@code requestContext.authorizer}: {@code tenantId}, {@code userId}, {@code roles}), then
 *       refuses it (403, forgotten) if the team's record says the caller was removed meanwhile;</li>
 *   <li>{@code $disconnect}: forgets it (a connection that is already gone is fine);</li>
 *   <li>{@code ping} ({@code {"action":"ping"}}): answers {@code {"type":"pong"}}, so that a client
 *       can keep its connection from API Gateway's 10-minute idle timeout.</li>
 * </ul>
 *
 * <p>Settings: {@code CONNECTIONS_TABLE}, {@code EVENTS_TABLE} (the team's record).
 */
public final class WebSocketRoutesFunction
    implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

  static final String PONG = "{\"type\":\"pong\"}";

  private final ConnectionRegistry registry;
  private final RemovedMembers removed;
  private final Clock clock;

  public WebSocketRoutesFunction() {
    this(FunctionSettings.current(), AwsClients.dynamoDb());
  }

  private WebSocketRoutesFunction(FunctionSettings settings, software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamoDb) {
    this(new DynamoDbConnectionRegistry(dynamoDb, settings.require("CONNECTIONS_TABLE")),
        new RemovedMembers(new DynamoDbEventHistory(dynamoDb, settings.require("EVENTS_TABLE")), EventCodec.standard()),
        Clock.systemUTC());
  }

  public WebSocketRoutesFunction(ConnectionRegistry registry, RemovedMembers removed, Clock clock) {
    this.registry = registry;
    this.removed = removed;
    this.clock = clock;
  }

  @Override
  public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
    APIGatewayV2WebSocketEvent.RequestContext request = event.getRequestContext();
    String route = request == null ? null : request.getRouteKey();
    if (route == null) {
      return response(400, null);
    }
    return switch (route) {
      case "$connect" -> connect(request, context);
      case "$disconnect" -> {
        registry.remove(ConnectionId.of(request.getConnectionId()));
        yield response(200, null);
      }
      case "ping" -> response(200, PONG);
      default -> response(400, "{\"type\":\"error\",\"message\":\"unknown action\"}");
    };
  }

  private APIGatewayV2WebSocketResponse connect(APIGatewayV2WebSocketEvent.RequestContext request, Context context) {
    Caller caller;
    try {
      caller = caller(request.getAuthorizer());
    } catch (IllegalArgumentException e) {
      // only a route without the authorizer lets this happen: refuse rather than store a stranger
      context.getLogger().log("ERROR $connect " + request.getConnectionId() + " without a verified caller: "
          + e.getMessage());
      return response(403, null);
    }
    Instant connectedAt = request.getConnectedAt() > 0 ? Instant.ofEpochMilli(request.getConnectedAt()) : clock.instant();
    ConnectionId id = ConnectionId.of(request.getConnectionId());
    registry.add(Connection.of(id, caller, connectedAt));
    // checked again after registering: a removal committed after the authorizer's check either is
    // seen here, or its closing function (which runs after the commit) finds this connection
    if (removed.wasRemoved(caller.tenantId(), caller.userId())) {
      registry.remove(id);
      context.getLogger().log("WARN $connect " + id.value() + " refused: the caller was removed from the team");
      return response(403, null);
    }
    return response(200, null);
  }

  private static Caller caller(Map<String, Object> authorizer) {
    if (authorizer == null) {
      throw new IllegalArgumentException("no authorizer context");
    }
    Object tenant = authorizer.get("tenantId");
    Object user = authorizer.get("userId");
    if (tenant == null || user == null) {
      throw new IllegalArgumentException("the authorizer context names no tenant or no user");
    }
    Object roles = authorizer.get("roles");
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    if (roles != null) {
      Arrays.stream(roles.toString().split(",")).map(String::strip).forEach(r -> Role.find(r).ifPresent(parsed::add));
    }
    return new Caller(TenantId.of(tenant.toString()), UserId.of(user.toString()), parsed);
  }

  private static APIGatewayV2WebSocketResponse response(int status, String body) {
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(status);
    if (body != null) {
      response.setHeaders(Map.of("content-type", "application/json"));
      response.setBody(body);
    }
    return response;
  }
}
