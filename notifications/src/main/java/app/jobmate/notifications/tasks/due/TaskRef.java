package app.jobmate.notifications.tasks.due;

import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;

/** A task within its tenant: what the due-date index lists and what a day's reminder is about. */
public record TaskRef(TenantId tenantId, TaskId taskId) {

  public TaskRef {
    if (tenantId == null || taskId == null) {
      throw new IllegalArgumentException("tenantId and taskId are required");
    }
  }
}
