package app.jobmate.notifications.adapter.lambda;

import static app.jobmate.notifications.TestEvents.ACME;
import static app.jobmate.notifications.TestEvents.ALICE;
import static app.jobmate.notifications.TestEvents.BOB;
import static app.jobmate.notifications.TestEvents.GLOBEX;
import static app.jobmate.notifications.TestEvents.OWNER;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.bridge;
import static app.jobmate.notifications.adapter.lambda.PushFunctionTest.failed;
import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.MemberRoleChanged;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.adapter.memory.InMemoryConnections;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Connections;
import app.jobmate.notifications.team.removal.RemovedMemberConnections;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SQS batches whose bodies are the bus's team events: a removed member's open connections are closed and forgotten. */
class RemovedMemberFunctionTest {

  private static final ConnectionId ALICE_PHONE = ConnectionId.of("AlicePhone1A=");
  private static final ConnectionId ALICE_LAPTOP = ConnectionId.of("AliceLaptop2B=");
  private static final ConnectionId BOB_PHONE = ConnectionId.of("BobPhone3C=");
  private static final ConnectionId ALICE_AT_GLOBEX = ConnectionId.of("AliceGlobex4D=");

  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(new TestClock(TestEvents.NOW));
  private final InMemoryConnections connections = new InMemoryConnections();
  private final RemovedMemberFunction function = new RemovedMemberFunction(
      new RemovedMemberConnections(registry, connections));

  private void open(ConnectionId id, app.jobmate.events.values.TenantId tenant, app.jobmate.events.values.UserId user) {
    registry.add(new Connection(id, tenant, user, Set.of(Role.STAFF), TestEvents.NOW));
  }

  @Test
  void every_open_connection_of_the_removed_member_in_that_business_is_closed_and_forgotten() {
    open(ALICE_PHONE, ACME, ALICE);
    open(ALICE_LAPTOP, ACME, ALICE);
    open(BOB_PHONE, ACME, BOB);
    open(ALICE_AT_GLOBEX, GLOBEX, ALICE);

    SQSBatchResponse response = handle(bridge(TestEvents.envelope(ACME, 4, new MemberRemoved(ALICE), OWNER, Role.OWNER)));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(connections.disconnected()).containsExactlyInAnyOrder(ALICE_PHONE, ALICE_LAPTOP);
    assertThat(registry.ofUser(ACME, ALICE)).isEmpty();
    assertThat(connections.send(ALICE_PHONE, "{}")).isEqualTo(Connections.Delivery.GONE);
    assertThat(registry.ofUser(ACME, BOB)).extracting(Connection::id).containsExactly(BOB_PHONE);
    assertThat(registry.ofUser(GLOBEX, ALICE)).extracting(Connection::id).containsExactly(ALICE_AT_GLOBEX);
  }

  @Test
  void the_team_s_other_events_close_nothing_and_a_redelivered_removal_is_harmless() {
    open(ALICE_PHONE, ACME, ALICE);

    SQSBatchResponse response = handle(
        bridge(TestEvents.envelope(ACME, 1, new TeamFounded(OWNER, EmailAddress.of("owner@acme.example"), "Owner"),
            OWNER, Role.OWNER)),
        bridge(TestEvents.envelope(ACME, 3, new MemberRoleChanged(ALICE, Role.STAFF, Role.ADMIN), OWNER, Role.OWNER)));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(connections.disconnected()).isEmpty();

    handle(bridge(TestEvents.envelope(ACME, 4, new MemberRemoved(ALICE), OWNER, Role.OWNER)));
    SQSBatchResponse again = handle(bridge(TestEvents.envelope(ACME, 4, new MemberRemoved(ALICE), OWNER, Role.OWNER)));

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(connections.disconnected()).containsExactly(ALICE_PHONE);
  }

  @Test
  void a_connection_that_cannot_be_closed_now_fails_its_message_alone_and_stays_known_for_the_retry() {
    open(ALICE_PHONE, ACME, ALICE);
    open(BOB_PHONE, ACME, BOB);
    connections.breakDown(ALICE_PHONE);

    SQSBatchResponse response = handle(
        bridge(TestEvents.envelope(ACME, 4, new MemberRemoved(ALICE), OWNER, Role.OWNER)),
        bridge(TestEvents.envelope(ACME, 5, new MemberRemoved(BOB), OWNER, Role.OWNER)),
        "this is not JSON");

    assertThat(failed(response)).hasSize(2);
    assertThat(registry.ofUser(ACME, ALICE)).extracting(Connection::id).containsExactly(ALICE_PHONE);
    assertThat(registry.ofUser(ACME, BOB)).isEmpty();
  }

  private SQSBatchResponse handle(String... bodies) {
    return function.handleRequest(LambdaEvents.sqs("sqs-event.json", bodies), new TestContext());
  }
}
