package app.jobmate.notifications.adapter.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Connections;
import app.jobmate.notifications.push.ConnectionsContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

class ApiGatewayConnectionsTest extends ConnectionsContract {

  private static FakeManagementApi api;
  private static ApiGatewayManagementApiClient client;

  @BeforeAll
  static void startApi() {
    api = FakeManagementApi.start();
    client = api.client();
  }

  @AfterAll
  static void stopApi() {
    client.close();
    api.close();
  }

  @Override
  protected Connections connections() {
    return new ApiGatewayConnections(client);
  }

  @Override
  protected void close(ConnectionId connection) {
    api.markGone(connection.value());
  }

  @Override
  protected void breakDown(ConnectionId connection) {
    api.markBroken(connection.value());
  }

  @Override
  protected List<String> received(ConnectionId connection) {
    return api.received(connection.value());
  }

  @Test
  void a_gone_connection_is_not_tried_again() {
    ConnectionId left = ConnectionId.of("Gone+A/b_c-9=");
    api.markGone(left.value());

    connections().send(left, "{}");

    assertThat(api.attempts()).filteredOn(left.value()::equals).hasSize(1);
  }
}
