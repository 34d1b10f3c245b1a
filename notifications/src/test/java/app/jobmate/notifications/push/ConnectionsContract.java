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

  /** Shaped like API Gateway's: 15 characters and {@code =}, with the characters that need escaping in a path. */
  private static ConnectionId fresh() {
    String random = UUID.randomUUID().toString().replace("-", "");
    return ConnectionId.of(random.substring(0, 6) + "+/" + random.substring(6, 13) + "=");
  }
}
