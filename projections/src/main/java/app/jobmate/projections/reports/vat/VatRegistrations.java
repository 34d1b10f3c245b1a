package app.jobmate.projections.reports.vat;

import app.jobmate.events.values.TenantId;

/** The business's VAT registration and stagger, as its settings say now. */
public interface VatRegistrations {

  /** {@link VatRegistration#NOT_REGISTERED} when the business never said it is registered. */
  VatRegistration of(TenantId tenantId);
}
