package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.connections.ConnectionRegistryContract;

class InMemoryConnectionRegistryTest extends ConnectionRegistryContract {

  @Override
  protected ConnectionRegistry registry() {
    return new InMemoryConnectionRegistry(clock);
  }
}
