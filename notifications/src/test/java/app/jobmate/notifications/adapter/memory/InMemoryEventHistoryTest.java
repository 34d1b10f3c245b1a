package app.jobmate.notifications.adapter.memory;

import app.jobmate.events.EventEnvelope;
import app.jobmate.notifications.push.EventHistory;
import app.jobmate.notifications.push.EventHistoryContract;
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
