package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.summaries.Summaries;
import app.jobmate.notifications.summaries.SummariesContract;

class InMemorySummariesTest extends SummariesContract {

  @Override
  protected Summaries summaries() {
    return new InMemorySummaries();
  }
}
