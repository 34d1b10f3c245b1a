package app.jobmate.commands.expenses;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;

/** Whether the job an expense names exists in the tenant (any status: receipts arrive after a job is done). */
@FunctionalInterface
public interface ExpenseJobs {

  boolean exists(TenantId tenant, JobId job);
}
