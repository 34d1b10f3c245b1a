package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.diary.visits.DayVisits;
import app.jobmate.notifications.diary.visits.DayVisitsContract;

class InMemoryDayVisitsTest extends DayVisitsContract {

  @Override
  protected DayVisits dayVisits() {
    return new InMemoryDayVisits();
  }
}
