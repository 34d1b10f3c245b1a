package app.jobmate.lambda.adapter;

import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import app.jobmate.lambda.apiclients.ApiClientDirectory;
import app.jobmate.lambda.apiclients.ApiClientDirectoryContract;
import app.jobmate.testing.LocalDynamoDb;
import app.jobmate.testing.LocalDynamoDb.Table;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoDbApiClientDirectoryTest extends ApiClientDirectoryContract {

  /** {@code api-clients}: {@code clientId} (S), as the template declares it. */
  static final Table API_CLIENTS = Table.of("api-clients", "clientId", S);

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(API_CLIENTS);

  @Override
  protected ApiClientDirectory directory() {
    return new DynamoDbApiClientDirectory(dynamoDb.client(), API_CLIENTS.name(), Clock.systemUTC());
  }
}
