package app.jobmate.commands.diary;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.resources.ResourceDecider;
import app.jobmate.commands.resources.ResourceService;
import app.jobmate.commands.resources.ResourceState;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.resources.ResourceEvent;
import app.jobmate.events.resources.ResourceId;
import app.jobmate.events.values.TenantId;
import java.util.ArrayList;
import java.util.List;

/** The resources as their own streams say ({@code resource/<resourceId>}), read through the event store. */
public final class ResourceRecords implements DiaryResources {

  private final EventStore store;
  private final EventCodec codec = EventCodec.standard();

  public ResourceRecords(EventStore store) {
    this.store = store;
  }

  @Override
  public ResourceState stateOf(TenantId tenant, ResourceId resource) {
    List<EventEnvelope> stored = new ArrayList<>();
    store.read(ResourceService.streamOf(tenant, resource)).forEach(c -> stored.addAll(c.events()));
    ResourceState state = ResourceDecider.INSTANCE.initialState();
    for (var event : codec.decode(stored)) {
      state = ResourceDecider.INSTANCE.evolve(state, (ResourceEvent) event);
    }
    return state;
  }
}
