package app.jobmate.projections.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.lambda.adapter.EventsTable;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.EventHistoryContract;
import app.jobmate.testing.EventsTableItems;
import app.jobmate.testing.LocalDynamoDb;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The history over the {@code events} table in dynalite, with commit items laid out as
 * command-handlers/README.md says (written here directly, as the event store writes them).
 */
class DynamoDbEventHistoryTest extends EventHistoryContract {

  private static final String TABLE = EventsTableItems.TABLE.name();

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(EventsTableItems.TABLE);

  @Override
  protected EventHistory history() {
    return new DynamoDbEventHistory(dynamoDb.client(), TABLE, 3);
  }

  @Override
  protected void store(List<EventEnvelope> commit) {
    EventsTable events = new EventsTable(dynamoDb.client(), TABLE);
    long next = events.commits(StreamId.of(commit.getFirst())).size() + 1;
    events.putIfNew(EventsTable.StoredCommit.ofEvents(next, "sha256:test", commit));
  }
}
