package app.jobmate.commands.adapter.dynamodb;

import app.jobmate.commands.conversion.PendingConversions;
import app.jobmate.commands.conversion.PendingConversionsContract;
import app.jobmate.testing.LocalDynamoDb;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on dynalite, with the table keyed as the template declares it. */
class DynamoDbPendingConversionsTest extends PendingConversionsContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.PENDING_CONVERSIONS);

  @Override
  protected PendingConversions pending() {
    return new DynamoDbPendingConversions(dynamoDb.client(), TemplateTables.PENDING_CONVERSIONS.name());
  }
}
