package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** A percentage above 0 and at most 100, with at most two decimals (12.5 means 12.5%). */
public record Percentage(BigDecimal value) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Percentage {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("must be greater than 0 and at most 100");
    }
    if (value.scale() > 2) {
      throw new IllegalArgumentException("must have at most 2 decimal places");
    }
  }

  @JsonCreator
  public static Percentage of(BigDecimal value) {
    return new Percentage(value);
  }

  public static Percentage of(String value) {
    return new Percentage(new BigDecimal(value));
  }

  @JsonValue
  @Override
  public BigDecimal value() {
    return value;
  }

  /** In basis points (hundredths of a percent), exact: 12.5% is 1250. */
  public long basisPoints() {
    return value.movePointRight(2).longValueExact();
  }

  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
