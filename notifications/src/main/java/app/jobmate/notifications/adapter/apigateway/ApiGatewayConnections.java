package app.jobmate.notifications.adapter.apigateway;

import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Connections;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * Sends with the API Gateway Management API's {@code PostToConnection}, on the WebSocket API's
 * management endpoint ({@code https://{apiId}.execute-api.{region}.amazonaws.com/{stage}}).
 * 410 Gone (the client has disconnected) is {@link Delivery#GONE}; any other failure is thrown,
 * after the SDK's own retries of throttling and server errors. {@code DeleteConnection} closes one;
 * a connection already gone is fine.
 */
public final class ApiGatewayConnections implements Connections {

  private final ApiGatewayManagementApiClient client;

  public ApiGatewayConnections(ApiGatewayManagementApiClient client) {
    this.client = client;
  }

  @Override
  public Delivery send(ConnectionId connection, String message) {
    try {
      client.postToConnection(r -> r.connectionId(connection.value()).data(SdkBytes.fromUtf8String(message)));
      return Delivery.SENT;
    } catch (GoneException closed) {
      return Delivery.GONE;
    }
  }

  @Override
  public void disconnect(ConnectionId connection) {
    try {
      client.deleteConnection(r -> r.connectionId(connection.value()));
    } catch (GoneException alreadyClosed) {
      // closed already: what was asked is so
    }
  }
}
