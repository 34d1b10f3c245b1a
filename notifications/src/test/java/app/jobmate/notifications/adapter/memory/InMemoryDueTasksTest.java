package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.due.DueTasks;
import app.jobmate.notifications.due.DueTasksContract;

class InMemoryDueTasksTest extends DueTasksContract {

  @Override
  protected DueTasks dueTasks() {
    return new InMemoryDueTasks();
  }
}
