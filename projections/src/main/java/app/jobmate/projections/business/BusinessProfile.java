package app.jobmate.projections.business;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The business's settings as the read side shows them (collection {@code business}, one document
 * per business). A setting the owner never chose is absent.
 *
 * @param vatRegistered     whether it is VAT registered; absent until the owner said
 * @param vatQuarterStagger {@code mar-jun-sep-dec}, {@code apr-jul-oct-jan} or {@code may-aug-nov-feb}
 * @param rounding          {@code per-line} or {@code per-document}
 * @param updatedAt         the time of the settings' last change
 */
public record BusinessProfile(String name, String address, Boolean vatRegistered, String vatNumber,
                              LocalDate vatRegisteredFrom, String vatQuarterStagger, String rounding,
                              Integer quoteValidityDays, String quoteNumberPrefix, Long nextQuoteNumber,
                              Long staffHourlyCost, Long equipmentHourlyCost, Instant updatedAt) {

  public static final BusinessProfile NONE = new BusinessProfile(null, null, null, null, null, null, null, null, null, null,
      null, null, null);
}
