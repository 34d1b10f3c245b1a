package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.jobs.JobStandingsContract;

class InMemoryJobStandingsTest extends JobStandingsContract {

  @Override
  protected EventStore store() {
    return new InMemoryEventStore();
  }
}
