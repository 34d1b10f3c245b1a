package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.EventStoreContract;

class InMemoryEventStoreTest extends EventStoreContract {

  @Override
  protected EventStore eventStore() {
    return new InMemoryEventStore();
  }
}
