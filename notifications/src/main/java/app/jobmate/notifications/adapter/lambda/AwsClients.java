package app.jobmate.notifications.adapter.lambda;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients of the functions, built once per function instance: the URL-connection HTTP client
 * (a smaller jar and a quicker cold start than the default ones), region, credentials and
 * endpoints from the standard AWS settings (so the local cloud points them at itself through
 * {@code AWS_ENDPOINT_URL_<SERVICE>}).
 */
final class AwsClients {

  private AwsClients() {
  }

  static DynamoDbClient dynamoDb() {
    return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  static software.amazon.awssdk.services.sns.SnsClient sns() {
    return software.amazon.awssdk.services.sns.SnsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  static SqsClient sqs() {
    return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  /**
   * The management API of one WebSocket API stage: {@code endpoint} is
   * {@code https://{apiId}.execute-api.{region}.amazonaws.com/{stage}}; without it, the standard
   * endpoint settings of the service {@code ApiGatewayManagementApi} apply.
   */
  static ApiGatewayManagementApiClient webSocketManagement(Optional<String> endpoint) {
    ApiGatewayManagementApiClientBuilder builder = ApiGatewayManagementApiClient.builder()
        .httpClient(UrlConnectionHttpClient.create());
    endpoint.map(URI::create).ifPresent(builder::endpointOverride);
    return builder.build();
  }
}
