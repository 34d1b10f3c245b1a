package app.jobmate.projections.reports.adapter.memory;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.reports.vat.VatRegistration;
import app.jobmate.projections.reports.vat.VatRegistrations;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** VAT registrations as a test sets them. */
public final class InMemoryVatRegistrations implements VatRegistrations {

  private final Map<TenantId, VatRegistration> registrations = new ConcurrentHashMap<>();

  public InMemoryVatRegistrations set(TenantId tenantId, VatRegistration registration) {
    registrations.put(tenantId, registration);
    return this;
  }

  @Override
  public VatRegistration of(TenantId tenantId) {
    return registrations.getOrDefault(tenantId, VatRegistration.NOT_REGISTERED);
  }
}
