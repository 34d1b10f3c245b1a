package app.jobmate.notifications.adapter.dynamodb;

import static software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S;

import app.jobmate.testing.EventsTableItems;
import app.jobmate.testing.LocalDynamoDb.Table;

/** The {@code connections} and {@code events} tables as the template declares them (TTL aside: dynalite never expires items). */
public final class TemplateTables {

  public static final String CONNECTIONS = "connections";
  public static final String EVENTS = EventsTableItems.TABLE.name();

  private TemplateTables() {
  }

  /** Both: {@code connections} on {@code pk} (S) and {@code sk} (S), and {@code events}. */
  public static Table[] both() {
    return new Table[] {Table.of(CONNECTIONS, "pk", S).withRangeKey("sk", S), EventsTableItems.TABLE};
  }
}
