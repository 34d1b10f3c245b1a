package app.jobmate.notifications.adapter.dynamodb;

import app.jobmate.events.EventEnvelope;
import app.jobmate.lambda.adapter.EventsTable;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.events.StreamId;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A subject's stream from the {@code events} table, read by lambda-support's {@link EventsTable} (consistent). */
public final class DynamoDbEventHistory implements EventHistory {

  private final EventsTable events;

  public DynamoDbEventHistory(DynamoDbClient dynamoDb, String table) {
    this.events = new EventsTable(dynamoDb, table);
  }

  @Override
  public List<EventEnvelope> read(StreamId subject, long fromVersion) {
    return events.read(subject, fromVersion);
  }
}
