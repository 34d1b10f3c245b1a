package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.customers.CustomerDirectoryContract;
import app.jobmate.testing.LocalDynamoDb;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer directory read from the DynamoDB event store on dynalite. */
class DynamoDbCustomerDirectoryTest extends CustomerDirectoryContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  @Override
  protected EventStore store() {
    return new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  }
}
