package app.jobmate.projections.adapter.memory;

import app.jobmate.events.EventEnvelope;
import app.jobmate.projections.core.EventHistory;
import app.jobmate.projections.core.EventHistoryContract;
import java.util.List;

class InMemoryEventHistoryTest extends EventHistoryContract {

  private final InMemoryEventHistory history = new InMemoryEventHistory();

  @Override
  protected EventHistory history() {
    return history;
  }

  @Override
  protected void store(List<EventEnvelope> commit) {
    history.append(commit);
  }
}
