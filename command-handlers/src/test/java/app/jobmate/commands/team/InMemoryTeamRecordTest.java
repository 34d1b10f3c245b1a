package app.jobmate.commands.team;

import app.jobmate.commands.adapter.memory.InMemoryEventStore;
import app.jobmate.commands.core.EventStore;

class InMemoryTeamRecordTest extends TeamRecordContract {

  @Override
  protected EventStore store() {
    return new InMemoryEventStore();
  }
}
