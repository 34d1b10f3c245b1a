package app.jobmate.projections.tasks.workload;

import app.jobmate.events.values.TenantId;

/** Aggregates the task documents for the open and overdue tasks by assignee. */
public interface OpenTaskQueries {

  /** The tenant's unfinished tasks counted by assignee, status and due date. */
  OpenTaskTally tally(TenantId tenantId);
}
