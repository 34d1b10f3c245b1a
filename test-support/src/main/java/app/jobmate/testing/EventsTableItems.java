package app.jobmate.testing;

import app.jobmate.testing.LocalDynamoDb.Table;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The {@code events} table's keys, for tests that create it in dynalite. Its items are written and
 * read by lambda-support's {@code EventsTable}, the one place their layout is coded.
 */
public final class EventsTableItems {

  /** The {@code events} table: {@code stream} (S) and {@code commit} (N). */
  public static final Table TABLE = Table.of("events", "stream", ScalarAttributeType.S)
      .withRangeKey("commit", ScalarAttributeType.N);

  private EventsTableItems() {
  }
}
