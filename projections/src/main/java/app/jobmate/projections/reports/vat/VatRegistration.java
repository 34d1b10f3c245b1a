package app.jobmate.projections.reports.vat;

import java.time.LocalDate;

/**
 * What the VAT report needs of the business's settings: whether it is VAT registered, from which day
 * (absent: registered throughout), and its quarters' stagger (absent: none chosen yet).
 */
public record VatRegistration(boolean registered, LocalDate registeredFrom, Stagger stagger) {

  public static final VatRegistration NOT_REGISTERED = new VatRegistration(false, null, null);

  /** The first day whose purchases count towards reclaimable VAT, if any does: none unless registered. */
  public LocalDate countsFrom(LocalDate start) {
    if (!registered) {
      return null;
    }
    return registeredFrom == null || registeredFrom.isBefore(start) ? start : registeredFrom;
  }
}
