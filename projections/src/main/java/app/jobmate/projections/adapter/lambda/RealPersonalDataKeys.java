package app.jobmate.projections.adapter.lambda;

import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.DynamoDbPersonalDataKeys;
import app.jobmate.lambda.adapter.KmsMasterKey;
import app.jobmate.lambda.personaldata.CachingPersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The customers' data keys of the functions that open personal data (the projector, the rebuild):
 * the one class of the read side that names the KMS client, apart from {@link RealAdapters}, so
 * that the query functions' jar carries no KMS client (docs/decisions/lean-jars.md).
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
        KmsClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
  }

  /** The same, through these clients. */
  static PersonalDataKeys from(FunctionSettings settings, DynamoDbClient dynamoDb, KmsClient kms) {
    return new CachingPersonalDataKeys(new DynamoDbPersonalDataKeys(dynamoDb, settings.require("CUSTOMER_KEYS_TABLE"),
        new KmsMasterKey(kms, settings.require("CUSTOMER_KEY_ID")), Clock.systemUTC()), Clock.systemUTC(),
        Duration.ofSeconds(60), 10_000);
  }
}
