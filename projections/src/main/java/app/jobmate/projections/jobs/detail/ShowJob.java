package app.jobmate.projections.jobs.detail;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;

/** The page of one job of a tenant, with its tasks. */
public record ShowJob(TenantId tenantId, JobId jobId) {
}
