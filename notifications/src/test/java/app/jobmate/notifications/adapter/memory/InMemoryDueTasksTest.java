package app.jobmate.notifications.adapter.memory;

import app.jobmate.notifications.tasks.due.DueTasks;
import app.jobmate.notifications.tasks.due.DueTasksContract;

class InMemoryDueTasksTest extends DueTasksContract {

  @Override
  protected DueTasks dueTasks() {
    return new InMemoryDueTasks();
  }
}
