package app.jobmate.projections.tasks.page;

import app.jobmate.events.tasks.TaskId;
import app.jobmate.events.values.TenantId;
import java.time.LocalDate;

/** The task page of one task of a tenant, on {@code today} (a London day: whether it is overdue depends on it). */
public record ShowTask(TenantId tenantId, TaskId taskId, LocalDate today) {

  public ShowTask {
    if (tenantId == null || taskId == null || today == null) {
      throw new IllegalArgumentException("tenantId, taskId and today are required");
    }
  }
}
