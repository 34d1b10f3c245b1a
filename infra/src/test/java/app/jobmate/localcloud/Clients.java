package app.jobmate.localcloud;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients built as production code builds them: no endpoint, region or credentials in code. */
public final class Clients {

  private Clients() {
  }

  public static DynamoDbClient dynamoDb() {
    return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static SqsClient sqs() {
    return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static EventBridgeClient eventBridge() {
    return EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static CognitoIdentityProviderClient cognito() {
    return CognitoIdentityProviderClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static KmsClient kms() {
    return KmsClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static S3Client s3() {
    return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }

  public static S3Presigner s3Presigner() {
    return S3Presigner.create();
  }
}
