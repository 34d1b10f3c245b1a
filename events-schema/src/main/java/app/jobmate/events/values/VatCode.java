package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The VAT treatment of a line or an expense. The rate of a code depends on the date
 * ({@link VatRates}); the treatment does not:
 * <ul>
 *   <li>standard, reduced, zero: taxable supplies, VAT charged at the rate (zero is a taxable supply
 *       at 0%, unlike exempt);</li>
 *   <li>exempt: no VAT, but part of the supplies a VAT return counts;</li>
 *   <li>outside the scope: not a supply for VAT at all (disbursements such as building-control fees
 *       passed on at cost, VAT Notice 700 section 25): no VAT, kept out of VAT totals and VAT-return
 *       figures;</li>
 *   <li>reverse charge at the standard or reduced rate (the domestic reverse charge for building and
 *       construction services, VAT Notice 735): no VAT charged; the customer accounts for it, so the
 *       amount is computed and shown.</li>
 * </ul>
 */
public enum VatCode {
  STANDARD("standard", Treatment.CHARGED, VatRates.Band.STANDARD),
  REDUCED("reduced", Treatment.CHARGED, VatRates.Band.REDUCED),
  ZERO("zero", Treatment.CHARGED, VatRates.Band.ZERO),
  EXEMPT("exempt", Treatment.EXEMPT, VatRates.Band.ZERO),
  OUTSIDE_SCOPE("outside-scope", Treatment.OUTSIDE_SCOPE, VatRates.Band.ZERO),
  REVERSE_CHARGE("reverse-charge", Treatment.REVERSE_CHARGED, VatRates.Band.STANDARD),
  REVERSE_CHARGE_REDUCED("reverse-charge-reduced", Treatment.REVERSE_CHARGED, VatRates.Band.REDUCED);

  /** How a code's VAT is dealt with. */
  public enum Treatment { CHARGED, EXEMPT, OUTSIDE_SCOPE, REVERSE_CHARGED }

  private final String wireName;
  private final Treatment treatment;
  private final VatRates.Band band;

  VatCode(String wireName, Treatment treatment, VatRates.Band band) {
    this.wireName = wireName;
    this.treatment = treatment;
    this.band = band;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  @JsonCreator
  public static VatCode fromWireName(String wireName) {
    return Arrays.stream(values()).filter(code -> code.wireName.equals(wireName)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown VAT code '" + wireName + "'; expected one of "
            + Arrays.stream(values()).map(VatCode::wireName).toList()));
  }

  public Treatment treatment() {
    return treatment;
  }

  /** The rate the code shows on {@code date}, in basis points (2000 is 20%): reverse charge shows its rate. */
  public int basisPointsOn(LocalDate date) {
    return VatRates.basisPoints(band, date);
  }

  /** The rate the code shows on {@code date} as a plain percentage: 20, 17.5, 5, 0. */
  public BigDecimal ratePercentOn(LocalDate date) {
    BigDecimal rate = BigDecimal.valueOf(basisPointsOn(date), 2).stripTrailingZeros();
    // 20.00 strips to 2E+1, which would not equal the 20 read back from JSON
    return rate.scale() < 0 ? rate.setScale(0) : rate;
  }

  /** Whether the business charges VAT at this code (the rate may still be 0). */
  public boolean charges() {
    return treatment == Treatment.CHARGED;
  }

  /** Whether the customer accounts for the VAT (reverse charge): computed and shown, not charged. */
  public boolean reverseCharged() {
    return treatment == Treatment.REVERSE_CHARGED;
  }

  /** Whether amounts at this code belong in VAT totals and VAT-return figures at all. */
  public boolean inScope() {
    return treatment != Treatment.OUTSIDE_SCOPE;
  }
}
