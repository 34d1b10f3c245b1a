package app.jobmate.projections.costing;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The costing's queries over its port: a job's costing, and the report of a range of jobs (each read with
 * one query per collection for the whole range, never one per job).
 */
public final class Costings {

  private final CostingQueries queries;

  public Costings(CostingQueries queries) {
    this.queries = queries;
  }

  /** The job's costing as at {@code now}; empty when the tenant has no such job. */
  public Optional<JobCosting> ofJob(TenantId tenantId, String jobId, Instant now) {
    return queries.job(tenantId, jobId).map(job -> {
      List<JobCosting> costed = cost(tenantId, List.of(job), now);
      return costed.getFirst();
    });
  }

  /**
   * The report of the jobs reported from {@code from} to {@code to} (of {@code status} if given), as at
   * {@code now}.
   *
   * @throws TooManyJobs when more than {@link JobCostingReport#MAX_JOBS} jobs fall in the range
   */
  public JobCostingReport report(TenantId tenantId, LocalDate from, LocalDate to, JobStage status, Instant now) {
    List<Versioned<CostedJob>> jobs = queries.jobs(tenantId, from, to, status, JobCostingReport.MAX_JOBS + 1);
    if (jobs.size() > JobCostingReport.MAX_JOBS) {
      throw new TooManyJobs();
    }
    List<JobCosting> costed = cost(tenantId, jobs, now);
    List<JobCostingReport.JobLine> lines = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      lines.add(JobCostingReport.JobLine.of(jobs.get(i).document(), costed.get(i)));
    }
    return JobCostingReport.of(from, to, status, lines);
  }

  private List<JobCosting> cost(TenantId tenantId, List<Versioned<CostedJob>> jobs, Instant now) {
    if (jobs.isEmpty()) {
      return List.of();
    }
    List<String> ids = jobs.stream().map(Versioned::streamId).toList();
    Map<String, List<Versioned<CostedVisit>>> visits = new HashMap<>();
    Set<String> members = new LinkedHashSet<>();
    for (Versioned<CostedVisit> v : queries.visits(tenantId, ids)) {
      visits.computeIfAbsent(v.document().jobId(), k -> new ArrayList<>()).add(v);
      members.addAll(v.document().members());
    }
    Map<String, List<Versioned<CostedExpense>>> expenses = new HashMap<>();
    for (Versioned<CostedExpense> e : queries.expenses(tenantId, ids)) {
      expenses.computeIfAbsent(e.document().jobId(), k -> new ArrayList<>()).add(e);
    }
    Map<String, MemberRates> rates = members.isEmpty() ? Map.of() : queries.rates(tenantId, members);
    VatRegistration vat = queries.vatRegistration(tenantId);
    return jobs.stream().map(job -> JobCosting.of(job, visits.getOrDefault(job.streamId(), List.of()),
        expenses.getOrDefault(job.streamId(), List.of()), rates, vat, now)).toList();
  }

  /** More jobs in the range than one answer holds. */
  public static final class TooManyJobs extends RuntimeException {
    TooManyJobs() {
      super("more than " + JobCostingReport.MAX_JOBS + " jobs in the range");
    }
  }
}
