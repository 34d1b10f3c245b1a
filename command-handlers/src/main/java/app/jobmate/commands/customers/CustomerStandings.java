package app.jobmate.commands.customers;

import app.jobmate.commands.core.EventStore;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.TenantId;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotes' view of customers, read from each customer's stream in the event store (DynamoDB in
 * the functions, in memory in tests) and folded by the customer decider. It opens no sealed value,
 * so it needs no key: the status and the site ids are plain in the events.
 */
public final class CustomerStandings implements CustomerDirectory {

  private final EventStore store;
  private final EventCodec codec = EventCodec.standard();

  public CustomerStandings(EventStore store) {
    this.store = store;
  }

  @Override
  public Standing standingOf(TenantId tenant, CustomerId customer) {
    List<EventEnvelope> stored = new ArrayList<>();
    store.read(CustomerService.streamOf(tenant, customer)).forEach(c -> stored.addAll(c.events()));
    CustomerState state = CustomerDecider.INSTANCE.initialState();
    for (var event : codec.decode(stored)) {
      state = CustomerDecider.INSTANCE.evolve(state, (CustomerEvent) event);
    }
    return switch (state) {
      case CustomerState.None n -> new Unknown();
      case CustomerState.Known k -> new Listed(k.archived(), k.sites());
      case CustomerState.Merged m -> new Merged(m.survivor());
      case CustomerState.Erased e -> new Erased();
    };
  }
}
