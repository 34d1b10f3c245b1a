package app.jobmate.projections.costing;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Versioned;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the costing reads, of one tenant's documents only (an in-memory and a MongoDB adapter, one contract). */
public interface CostingQueries {

  Optional<Versioned<CostedJob>> job(TenantId tenantId, String jobId);

  /**
   * The jobs reported on a day from {@code from} to {@code to} (in that order, then by id), of
   * {@code stage} if given; at most {@code limit}.
   */
  List<Versioned<CostedJob>> jobs(TenantId tenantId, LocalDate from, LocalDate to, JobStage stage, int limit);

  /** The appointments visiting any of {@code jobIds}. */
  List<Versioned<CostedVisit>> visits(TenantId tenantId, Collection<String> jobIds);

  /** The expenses for any of {@code jobIds}. */
  List<Versioned<CostedExpense>> expenses(TenantId tenantId, Collection<String> jobIds);

  /** The rate histories of those of {@code members} who have one, by member. */
  Map<String, MemberRates> rates(TenantId tenantId, Collection<String> members);

  /** The business's VAT registration, read from its settings. */
  VatRegistration vatRegistration(TenantId tenantId);
}
