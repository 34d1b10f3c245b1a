package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of GBP in whole pence. Never a floating-point number. */
public record Money(long pence) implements Comparable<Money> {

  /** £100 billion: far above any sum a small business quotes, far below overflow. */
  public static final long LIMIT_PENCE = 10_000_000_000_000L;
  public static final Money ZERO = new Money(0);

  public Money {
    if (pence > LIMIT_PENCE || pence < -LIMIT_PENCE) {
      throw new IllegalArgumentException("must be between -" + LIMIT_PENCE + " and " + LIMIT_PENCE + " pence");
    }
  }

  @JsonCreator
  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  @JsonValue
  @Override
  public long pence() {
    return pence;
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(pence, other.pence));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(pence, other.pence));
  }

  public boolean isNegative() {
    return pence < 0;
  }

  public Money min(Money other) {
    return pence <= other.pence ? this : other;
  }

  /** Pounds with two decimals, e.g. {@code 12.50}, for display and CSV. */
  public BigDecimal pounds() {
    return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public String toString() {
    return (pence < 0 ? "-£" : "£") + BigDecimal.valueOf(Math.abs(pence)).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
  }
}
