package app.jobmate.commands.team;

import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.StreamId;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.TeamEvents;
import app.jobmate.events.values.TenantId;

/**
 * The business's settings as its own record says (the {@code business} stream), read whole and
 * strongly consistent at every call: a setting changed is seen by the next command.
 */
public final class BusinessRecord {

  private final EventStore store;
  private final EventCodec codec = EventCodec.standard();

  public BusinessRecord(EventStore store) {
    this.store = store;
  }

  /** The settings stream of {@code tenant}: one per business, named by the tenant id. */
  public static StreamId streamOf(TenantId tenant) {
    return new StreamId(tenant, TeamEvents.BUSINESS_STREAM, tenant.value());
  }

  public BusinessSettings of(TenantId tenant) {
    BusinessSettings settings = BusinessDecider.INSTANCE.initialState();
    for (Commit commit : store.read(streamOf(tenant))) {
      for (DomainEvent event : codec.decode(commit.events())) {
        settings = BusinessDecider.INSTANCE.evolve(settings, (BusinessEvent) event);
      }
    }
    return settings;
  }
}
