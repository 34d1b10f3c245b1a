package app.jobmate.projections.costing.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.adapter.memory.InMemoryReadModels;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.Versioned;
import app.jobmate.projections.costing.CostedExpense;
import app.jobmate.projections.costing.CostedExpenseProjection;
import app.jobmate.projections.costing.CostedJob;
import app.jobmate.projections.costing.CostedJobProjection;
import app.jobmate.projections.costing.CostedVisit;
import app.jobmate.projections.costing.CostedVisitProjection;
import app.jobmate.projections.costing.CostingQueries;
import app.jobmate.projections.costing.JobStage;
import app.jobmate.projections.costing.MemberRates;
import app.jobmate.projections.costing.MemberRatesProjection;
import app.jobmate.projections.costing.VatRegistration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The costing's reads over {@link InMemoryReadModels}; the VAT registrations as told ({@link #register}). */
public final class InMemoryCostingQueries implements CostingQueries {

  private final InMemoryReadModels readModels;
  private final Map<TenantId, VatRegistration> registrations = new ConcurrentHashMap<>();

  public InMemoryCostingQueries(InMemoryReadModels readModels) {
    this.readModels = readModels;
  }

  /** The business's VAT registration from now on (not registered until told). */
  public void register(TenantId tenantId, VatRegistration registration) {
    registrations.put(tenantId, registration);
  }

  @Override
  public Optional<Versioned<CostedJob>> job(TenantId tenantId, String jobId) {
    return readModels.findActive(CostedJobProjection.NAME, CostedJob.class, DocumentId.of(tenantId, jobId));
  }

  @Override
  public List<Versioned<CostedJob>> jobs(TenantId tenantId, LocalDate from, LocalDate to, JobStage stage, int limit) {
    return this.<CostedJob>of(CostedJobProjection.NAME, tenantId, j -> !j.reportedOn().isBefore(from)
            && !j.reportedOn().isAfter(to) && (stage == null || j.stage() == stage)).stream()
        .sorted(Comparator.comparing((Versioned<CostedJob> j) -> j.document().reportedOn()).thenComparing(Versioned::id))
        .limit(limit).toList();
  }

  @Override
  public List<Versioned<CostedVisit>> visits(TenantId tenantId, Collection<String> jobIds) {
    return of(CostedVisitProjection.NAME, tenantId, (CostedVisit v) -> v.jobId() != null && jobIds.contains(v.jobId()));
  }

  @Override
  public List<Versioned<CostedExpense>> expenses(TenantId tenantId, Collection<String> jobIds) {
    return of(CostedExpenseProjection.NAME, tenantId,
        (CostedExpense e) -> e.jobId() != null && jobIds.contains(e.jobId()));
  }

  @Override
  public Map<String, MemberRates> rates(TenantId tenantId, Collection<String> members) {
    Map<String, MemberRates> rates = new LinkedHashMap<>();
    for (Versioned<MemberRates> r : of(MemberRatesProjection.NAME, tenantId,
        (MemberRates m) -> members.contains(m.member()))) {
      rates.put(r.document().member(), r.document());
    }
    return rates;
  }

  @Override
  public VatRegistration vatRegistration(TenantId tenantId) {
    return registrations.getOrDefault(tenantId, VatRegistration.NOT_REGISTERED);
  }

  @SuppressWarnings("unchecked")
  private <D extends Record> List<Versioned<D>> of(String projection, TenantId tenantId, Predicate<D> which) {
    String active = readModels.placement(projection).active();
    return readModels.documents(active).stream().map(d -> (Versioned<D>) d)
        .filter(d -> d.tenantId().equals(tenantId) && which.test(d.document())).toList();
  }
}
