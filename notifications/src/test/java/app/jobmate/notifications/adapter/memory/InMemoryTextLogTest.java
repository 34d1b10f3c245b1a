package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.diary.texts.TextLog;
import app.jobmate.notifications.diary.texts.TextLogContract;

class InMemoryTextLogTest extends TextLogContract {

  @Override
  protected TextLog textLog() {
    return new InMemoryTextLog(clock, LEASE);
  }
}
