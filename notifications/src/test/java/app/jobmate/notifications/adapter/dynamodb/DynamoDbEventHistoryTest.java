package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.EventHistoryContract;
import app.jobmate.testing.EventsTableItems;
import app.jobmate.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The history over the {@code events} table in dynalite, commit items written as the event store writes them. */
class DynamoDbEventHistoryTest extends EventHistoryContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.both());

  @Override
  protected EventHistory history() {
    return new DynamoDbEventHistory(dynamoDb.client(), TemplateTables.EVENTS);
  }

  @Override
  protected void store(List<EventEnvelope> commit) {
    EventsTableItems.store(dynamoDb.client(), TemplateTables.EVENTS, commit);
  }
}
