package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.reminders.ReminderLog;
import app.jobmate.notifications.reminders.ReminderLogContract;

class InMemoryReminderLogTest extends ReminderLogContract {

  @Override
  protected ReminderLog reminderLog() {
    return new InMemoryReminderLog(clock, LEASE);
  }
}
