package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.diary.DiaryResourcesContract;

/** The diary's view of the resources, read from the in-memory event store. */
class InMemoryDiaryResourcesTest extends DiaryResourcesContract {

  @Override
  protected EventStore store() {
    return new InMemoryEventStore();
  }
}
