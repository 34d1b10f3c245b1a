package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.tasks.reminders.ReminderLog;
import app.jobmate.notifications.tasks.reminders.ReminderLogContract;

class InMemoryReminderLogTest extends ReminderLogContract {

  @Override
  protected ReminderLog reminderLog() {
    return new InMemoryReminderLog(clock, LEASE);
  }
}
