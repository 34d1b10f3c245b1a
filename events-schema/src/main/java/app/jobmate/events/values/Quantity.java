package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** A positive quantity with at most three decimals (0.333 hours, 2.5 m², 12 units). */
public record Quantity(BigDecimal value) {

  public static final BigDecimal MAX = BigDecimal.valueOf(1_000_000);
  public static final int MAX_DECIMALS = 3;

  public Quantity {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("must be greater than 0");
    }
    if (value.scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException("must have at most " + MAX_DECIMALS + " decimal places");
    }
    if (value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("must be at most " + MAX.toPlainString());
    }
  }

  @JsonCreator
  public static Quantity of(BigDecimal value) {
    return new Quantity(value);
  }

  public static Quantity of(String value) {
    return new Quantity(new BigDecimal(value));
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /** The quantity in thousandths, exact. */
  public long thousandths() {
    return value.movePointRight(MAX_DECIMALS).longValueExact();
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
