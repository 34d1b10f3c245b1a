package app.jobmate.projections.costing;

import java.time.LocalDate;

/**
 * What the costing needs of the business's settings: whether it is VAT registered now, and from which day
 * (absent: throughout). A registered business reclaims the VAT on its purchases and passes the VAT it
 * charges to HMRC, so its costs and its job values are counted net of VAT.
 */
public record VatRegistration(boolean registered, LocalDate registeredFrom) {

  public static final VatRegistration NOT_REGISTERED = new VatRegistration(false, null);

  /** Whether a purchase made on {@code day} had its VAT reclaimed. */
  public boolean reclaimsOn(LocalDate day) {
    return registered && (registeredFrom == null || !registeredFrom.isAfter(day));
  }
}
