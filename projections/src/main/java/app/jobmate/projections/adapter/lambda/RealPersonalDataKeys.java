package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.DynamoDbPersonalDataKeys;
import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.personaldata.CachingPersonalDataKeys;
import app.jobmate.lambda.personaldata.MasterKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The customers' data keys of the functions that open personal data (the projector, the rebuild):
 * the one class of the read side that reaches KMS ({@link KmsMasterKey}, signed requests without
 * the SDK's KMS client: docs/decisions/lean-jars.md).
 */
final class RealPersonalDataKeys {

  private RealPersonalDataKeys() {
  }

  /**
   * The customers' data keys ({@code CUSTOMER_KEYS_TABLE}, wrapped by the KMS key {@code CUSTOMER_KEY_ID}),
   * unwrapped keys kept a minute per container (docs/decisions/personal-data.md).
   */
  static PersonalDataKeys from(FunctionSettings settings) {
    return from(settings, DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        KmsMasterKey.resolve(settings.require("CUSTOMER_KEY_ID"), settings.require("AWS_REGION"),
            DefaultCredentialsProvider.builder().build()));
  }

  /** The same, through this DynamoDB client and this master key. */
  static PersonalDataKeys from(FunctionSettings settings, DynamoDbClient dynamoDb, MasterKey masterKey) {
    return new CachingPersonalDataKeys(new DynamoDbPersonalDataKeys(dynamoDb, settings.require("CUSTOMER_KEYS_TABLE"),
        masterKey, Clock.systemUTC()), Clock.systemUTC(), Duration.ofSeconds(60), 10_000);
  }
}
