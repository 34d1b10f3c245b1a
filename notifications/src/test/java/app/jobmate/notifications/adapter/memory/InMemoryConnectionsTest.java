package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.push.Connections;
import app.jobmate.notifications.push.ConnectionsContract;
import java.util.List;

class InMemoryConnectionsTest extends ConnectionsContract {

  private final InMemoryConnections connections = new InMemoryConnections();

  @Override
  protected Connections connections() {
    return connections;
  }

  @Override
  protected void close(ConnectionId connection) {
    connections.close(connection);
  }

  @Override
  protected void breakDown(ConnectionId connection) {
    connections.breakDown(connection);
  }

  @Override
  protected List<String> received(ConnectionId connection) {
    return connections.received(connection);
  }
}
