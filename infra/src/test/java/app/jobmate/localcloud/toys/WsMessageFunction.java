package app.jobmate.localcloud.toys;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A typed message route: answers with what it read from the real event type, or nothing for a body saying "silent". */
public class WsMessageFunction implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
    APIGatewayV2WebSocketEvent.RequestContext request = event.getRequestContext();
    if (event.getBody() != null && event.getBody().contains("silent")) {
      return null;
    }
    Map<String, Object> authorizer = request.getAuthorizer() == null ? Map.of() : request.getAuthorizer();
    ObjectNode answer = json.createObjectNode()
        .put("routeKey", request.getRouteKey())
        .put("eventType", request.getEventType())
        .put("connectionId", request.getConnectionId())
        .put("messageId", request.getMessageId())
        .put("stage", request.getStage())
        .put("apiId", request.getApiId())
        .put("sourceIp", request.getIdentity().getSourceIp())
        .put("connectedAt", request.getConnectedAt())
        .put("principalId", String.valueOf(authorizer.get("principalId")))
        .put("tenantId", String.valueOf(authorizer.get("tenantId")))
        .put("body", event.getBody());
    APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
    response.setStatusCode(200);
    try {
      response.setBody(json.writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }
}
