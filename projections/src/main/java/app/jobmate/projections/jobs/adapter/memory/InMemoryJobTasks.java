package app.jobmate.projections.jobs.adapter.memory;

import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.jobs.detail.JobTask;
import app.jobmate.projections.jobs.detail.JobTasks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tasks on jobs, held in memory as the tasks' read model would answer them: for tests. */
public final class InMemoryJobTasks implements JobTasks {

  private final Map<String, List<JobTask>> byJob = new ConcurrentHashMap<>();

  public InMemoryJobTasks with(TenantId tenant, JobId job, JobTask task) {
    byJob.computeIfAbsent(tenant + "#" + job, k -> new CopyOnWriteArrayList<>()).add(task);
    return this;
  }

  @Override
  public List<JobTask> onJob(TenantId tenant, JobId job) {
    return byJob.getOrDefault(tenant + "#" + job, List.of()).stream().limit(MAX).toList();
  }
}
