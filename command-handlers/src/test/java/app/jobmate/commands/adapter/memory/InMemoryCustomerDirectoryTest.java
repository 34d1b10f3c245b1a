package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.customers.CustomerDirectoryContract;

/** The customer directory read from the in-memory event store. */
class InMemoryCustomerDirectoryTest extends CustomerDirectoryContract {

  @Override
  protected EventStore store() {
    return new InMemoryEventStore();
  }
}
