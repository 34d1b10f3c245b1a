package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.notifications.diary.texts.TextLog;
import app.jobmate.notifications.diary.texts.TextLogContract;
import app.jobmate.testing.LocalDynamoDb;
import org.junit.jupiter.api.extension.RegisterExtension;

class DynamoDbTextLogTest extends TextLogContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  @Override
  protected TextLog textLog() {
    return new DynamoDbTextLog(dynamoDb.client(), TemplateTables.CONNECTIONS, LEASE, clock);
  }
}
