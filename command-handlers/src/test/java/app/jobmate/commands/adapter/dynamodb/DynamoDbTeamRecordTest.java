package app.jobmate.commands.adapter.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.team.TeamRecordContract;
import app.jobmate.testing.LocalDynamoDb;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The team's record read from the DynamoDB event store on dynalite, and what the check costs a command. */
class DynamoDbTeamRecordTest extends TeamRecordContract {

  @RegisterExtension
  static final LocalDynamoDb dynamoDb = LocalDynamoDb.perClass(TemplateTables.EVENTS);

  @Override
  protected EventStore store() {
    return new DynamoDbEventStore(dynamoDb.client(), TemplateTables.EVENTS.name());
  }

  /** The figure in docs/decisions/membership-check.md: one Query of the team stream per command. */
  @Test
  void the_check_of_a_team_of_five_events_costs_one_query_measured_on_dynalite() {
    recordATeamOfFiveEvents();
    for (int i = 0; i < 50; i++) {
      team.refuseRemoved(ACME, FOUNDER);
    }
    long[] nanos = new long[300];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      team.refuseRemoved(ACME, FOUNDER);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double p50 = nanos[nanos.length / 2] / 1e6;
    double p99 = nanos[(int) (nanos.length * 0.99)] / 1e6;
    System.out.printf("FIGURE membership check on dynalite, team stream of 5 events: p50 %.2f ms, p99 %.2f ms%n", p50, p99);
    assertThat(p50).as("one Query, not a scan").isLessThan(100);
  }
}
