package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The VAT treatment of a line. Rates are those in force in the UK since 4 January 2011.
 * Reverse charge (VAT Notice 735, and the construction services reverse charge) shows the
 * standard rate but charges no VAT: the customer accounts for it.
 */
public enum VatCode {
  STANDARD("standard", 2000, 2000),
  REDUCED("reduced", 500, 500),
  ZERO("zero", 0, 0),
  EXEMPT("exempt", 0, 0),
  REVERSE_CHARGE("reverse-charge", 2000, 0);

  private final String wireName;
  private final int nominalBasisPoints;
  private final int chargedBasisPoints;

  VatCode(String wireName, int nominalBasisPoints, int chargedBasisPoints) {
    this.wireName = wireName;
    this.nominalBasisPoints = nominalBasisPoints;
    this.chargedBasisPoints = chargedBasisPoints;
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

  /** The rate shown for the code (reverse charge shows 20%), as plain as it can be: 20, 5, 0. */
  public BigDecimal ratePercent() {
    BigDecimal rate = BigDecimal.valueOf(nominalBasisPoints, 2).stripTrailingZeros();
    // 20.00 strips to 2E+1, which would not equal the 20 read back from JSON
    return rate.scale() < 0 ? rate.setScale(0) : rate;
  }

  /** The rate of VAT this business charges on the line, in basis points (2000 = 20%). */
  public int chargedBasisPoints() {
    return chargedBasisPoints;
  }
}
