package app.jobmate.projections.tasks.workload;

import app.jobmate.events.values.TenantId;
import java.time.LocalDate;

/**
 * The open and overdue tasks of a tenant by assignee on {@code today} (a London day), with each
 * bucket's {@code overdueTasks} longest overdue tasks (0 to {@link #MAX_OVERDUE_TASKS}; 0: none listed).
 */
public record ShowOpenTasks(TenantId tenantId, LocalDate today, int overdueTasks) {

  public static final int MAX_OVERDUE_TASKS = 20;

  public ShowOpenTasks {
    if (tenantId == null || today == null) {
      throw new IllegalArgumentException("tenantId and today are required");
    }
    if (overdueTasks < 0 || overdueTasks > MAX_OVERDUE_TASKS) {
      throw new IllegalArgumentException("overdueTasks is 0 to " + MAX_OVERDUE_TASKS);
    }
  }
}
