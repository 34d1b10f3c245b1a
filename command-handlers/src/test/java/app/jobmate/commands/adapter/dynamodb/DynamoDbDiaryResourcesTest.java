package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.diary.DiaryResourcesContract;
import app.jobmate.testing.LocalDynamoDb;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The diary's view of the resources, read from the DynamoDB event store on dynalite. */
class DynamoDbDiaryResourcesTest extends DiaryResourcesContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  @Override
  protected EventStore store() {
    return new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  }
}
