package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.EventHistoryContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The history over the {@code events} table in dynalite, commit items written as the event store writes them. */
class DynamoDbEventHistoryTest extends EventHistoryContract {

  private static LocalDynamoDb dynamoDb;

  @BeforeAll
  static void startDynalite() {
    dynamoDb = LocalDynamoDb.start();
  }

  @AfterAll
  static void stopDynalite() {
    if (dynamoDb != null) {
      dynamoDb.close();
    }
  }

  @Override
  protected EventHistory history() {
    return new DynamoDbEventHistory(dynamoDb.client(), LocalDynamoDb.EVENTS);
  }

  @Override
  protected void store(List<EventEnvelope> commit) {
    EventsTableItems.store(dynamoDb.client(), LocalDynamoDb.EVENTS, commit);
  }
}
