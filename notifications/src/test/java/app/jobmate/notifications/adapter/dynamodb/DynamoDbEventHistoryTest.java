package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.lambda.adapter.EventsTable;
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
    EventsTable events = new EventsTable(dynamoDb.client(), TemplateTables.EVENTS);
    long next = events.commits(StreamId.of(commit.getFirst())).size() + 1;
    events.putIfNew(EventsTable.StoredCommit.ofEvents(next, "sha256:test", commit));
  }
}
