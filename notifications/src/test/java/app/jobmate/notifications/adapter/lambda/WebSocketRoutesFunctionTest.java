package app.jobmate.notifications.adapter.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.TeamEvent.MemberInvited;
import app.jobmate.events.team.TeamEvent.MemberRemoved;
import app.jobmate.events.team.TeamEvent.TeamFounded;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.notifications.TestClock;
import app.jobmate.notifications.TestEvents;
import app.jobmate.notifications.adapter.memory.InMemoryEventHistory;
import app.jobmate.notifications.team.removal.RemovedMembers;
import app.jobmate.notifications.adapter.memory.InMemoryConnectionRegistry;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.testing.LambdaEvents;
import app.jobmate.testing.TestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebSocketRoutesFunctionTest {

  private static final TenantId ACME = TenantId.of("t-acme");
  private static final UserId OLIVIA = UserId.of("u-olivia");

  private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:15:31Z"));
  private final InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry(clock);
  private final InMemoryEventHistory history = new InMemoryEventHistory();
  private final WebSocketRoutesFunction function = new WebSocketRoutesFunction(registry,
      new RemovedMembers(history, EventCodec.standard()), clock);

  @Test
  void connecting_stores_the_connection_of_the_caller_the_authorizer_verified() {
    APIGatewayV2WebSocketResponse response = function.handleRequest(event("websocket-connect.json"), new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(200);
    Connection stored = registry.ofUser(ACME, OLIVIA).getFirst();
    assertThat(stored.id().value()).isEqualTo("CPNoXfTnrPECIaw=");
    assertThat(stored.roles()).isEqualTo(Set.of(Role.OWNER, Role.ADMIN));
    assertThat(stored.connectedAt()).isEqualTo(Instant.ofEpochMilli(1795688130344L));
    assertThat(registry.withRole(ACME, Role.OWNER)).containsExactly(stored);
  }

  @Test
  void a_caller_removed_from_the_team_after_the_authorizer_let_them_through_is_refused_and_forgotten() {
    UserId owner = UserId.of("u-owner");
    history.append(List.of(
        TestEvents.envelope(ACME, 1, new TeamFounded(owner, EmailAddress.of("owner@acme.example"), "Owner"), owner,
            Role.OWNER),
        TestEvents.envelope(ACME, 2, new MemberInvited(OLIVIA, EmailAddress.of("olivia@acme.example"), "Olivia",
            Role.ADMIN), owner, Role.OWNER),
        TestEvents.envelope(ACME, 3, new MemberRemoved(OLIVIA), owner, Role.OWNER)));
    TestContext context = new TestContext();

    APIGatewayV2WebSocketResponse response = function.handleRequest(event("websocket-connect.json"), context);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(registry.ofUser(ACME, OLIVIA)).isEmpty();
    assertThat(context.logged()).anySatisfy(line -> assertThat(line).contains("removed from the team"));
  }

  @Test
  void disconnecting_forgets_the_connection_and_doing_it_again_is_harmless() {
    function.handleRequest(event("websocket-connect.json"), new TestContext());

    APIGatewayV2WebSocketResponse first = function.handleRequest(event("websocket-disconnect.json"), new TestContext());
    APIGatewayV2WebSocketResponse again = function.handleRequest(event("websocket-disconnect.json"), new TestContext());

    assertThat(first.getStatusCode()).isEqualTo(200);
    assertThat(again.getStatusCode()).isEqualTo(200);
    assertThat(registry.ofUser(ACME, OLIVIA)).isEmpty();
    assertThat(registry.withRole(ACME, Role.OWNER)).isEmpty();
  }

  @Test
  void a_ping_is_answered_with_a_pong() {
    APIGatewayV2WebSocketResponse response = function.handleRequest(event("websocket-ping.json"), new TestContext());

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody()).isEqualTo("{\"type\":\"pong\"}");
  }

  @Test
  void a_connect_without_a_verified_caller_is_refused_and_stores_nothing() {
    String unauthorized = LambdaEvents.fixture("websocket-connect.json")
        .replace("\"tenantId\": \"t-acme\",", "");
    TestContext context = new TestContext();

    APIGatewayV2WebSocketResponse response = function.handleRequest(
        LambdaEvents.read(unauthorized, APIGatewayV2WebSocketEvent.class), context);

    assertThat(response.getStatusCode()).isEqualTo(403);
    assertThat(registry.ofUser(ACME, OLIVIA)).isEmpty();
    assertThat(context.logged()).anySatisfy(line -> assertThat(line).contains("without a verified caller"));
  }

  @Test
  void a_disconnect_that_overtook_its_connect_leaves_nothing_behind() {
    function.handleRequest(event("websocket-disconnect.json"), new TestContext());
    function.handleRequest(event("websocket-connect.json"), new TestContext());

    assertThat(registry.ofUser(ACME, OLIVIA)).isEmpty();
  }

  private static APIGatewayV2WebSocketEvent event(String fixture) {
    return LambdaEvents.read(LambdaEvents.fixture(fixture), APIGatewayV2WebSocketEvent.class);
  }
}
