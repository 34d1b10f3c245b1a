package app.jobmate.notifications.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jobmate.notifications.connections.ConnectionId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Connections} does; run against each implementation. */
public abstract class ConnectionsContract {

  // each test its own connections, so that implementations may keep state across tests
  private final ConnectionId open = fresh();
  private final ConnectionId left = fresh();

  protected abstract Connections connections();

  /** The client of {@code connection} goes away. */
  protected abstract void close(ConnectionId connection);

  /** {@code connection} cannot be reached for now. */
  protected abstract void breakDown(ConnectionId connection);

  protected abstract List<String> received(ConnectionId connection);

  @Test
  void a_message_reaches_an_open_connection_as_it_was_sent() {
    String message = "{\"type\":\"task.changed\",\"title\":\"Pâtisserie – fit the £ sign\"}";

    assertThat(connections().send(open, message)).isEqualTo(Connections.Delivery.SENT);

    assertThat(received(open)).containsExactly(message);
  }

  @Test
  void a_connection_whose_client_left_is_gone_not_an_error() {
    close(left);

    assertThat(connections().send(left, "{}")).isEqualTo(Connections.Delivery.GONE);
    assertThat(received(left)).isEmpty();
  }

  @Test
  void a_connection_that_cannot_be_reached_fails_the_send() {
    breakDown(open);

    assertThatThrownBy(() -> connections().send(open, "{}")).isInstanceOf(RuntimeException.class);
    assertThat(received(open)).isEmpty();
  }

  @Test
  void a_connection_the_server_disconnects_receives_nothing_more() {
    connections().send(open, "{\"n\":1}");

    connections().disconnect(open);

    assertThat(connections().send(open, "{\"n\":2}")).isEqualTo(Connections.Delivery.GONE);
    assertThat(received(open)).containsExactly("{\"n\":1}");
  }

  @Test
  void disconnecting_a_connection_already_gone_is_fine() {
    close(left);

    connections().disconnect(left);
    connections().disconnect(left);

    assertThat(connections().send(left, "{}")).isEqualTo(Connections.Delivery.GONE);
  }

  @Test
  void a_connection_that_cannot_be_reached_fails_the_disconnect() {
    breakDown(open);

    assertThatThrownBy(() -> connections().disconnect(open)).isInstanceOf(RuntimeException.class);
  }

  /** Shaped like API Gateway's: 15 characters and {@code =}, with the characters that need escaping in a path. */
  private static ConnectionId fresh() {
    String random = UUID.randomUUID().toString().replace("-", "");
    return ConnectionId.of(random.substring(0, 6) + "+/" + random.substring(6, 13) + "=");
  }
}
