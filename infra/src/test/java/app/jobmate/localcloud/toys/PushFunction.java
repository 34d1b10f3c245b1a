package app.jobmate.localcloud.toys;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/** Pushes the request body to a WebSocket connection as Jobmate's push function does: a client on WEBSOCKET_ENDPOINT. */
public class PushFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final ApiGatewayManagementApiClient connections = ApiGatewayManagementApiClient.builder()
      .endpointOverride(URI.create(FunctionSettings.current().get("WEBSOCKET_ENDPOINT").orElseThrow()))
      .httpClient(UrlConnectionHttpClient.create())
      .build();

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String connectionId = event.getPathParameters().get("connectionId");
    try {
      connections.postToConnection(r -> r.connectionId(connectionId).data(SdkBytes.fromUtf8String(event.getBody())));
      return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("sent").build();
    } catch (GoneException e) {
      return APIGatewayV2HTTPResponse.builder().withStatusCode(410).withBody("gone").build();
    }
  }
}
