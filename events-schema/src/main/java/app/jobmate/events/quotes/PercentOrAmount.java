package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Percentage;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A discount or a deposit: a percentage of an amount, or a fixed amount.
 * On the wire: {@code {"percent": 12.5}} or {@code {"amount": 5000}} (pence).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(PercentOrAmount.Percent.class), @JsonSubTypes.Type(PercentOrAmount.Amount.class)})
public sealed interface PercentOrAmount {

  /** The part of {@code base} this stands for, in pence; never more than {@code base}. */
  Money of(Money base);

  record Percent(Percentage percent) implements PercentOrAmount {
    public Percent {
      if (percent == null) {
        throw new IllegalArgumentException("percent is required");
      }
    }

    @Override
    public Money of(Money base) {
      // half a penny rounds up, the usual commercial rounding for a share of an amount
      BigDecimal share = BigDecimal.valueOf(base.pence()).multiply(percent.value()).movePointLeft(2);
      return Money.ofPence(share.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
  }

  record Amount(Money amount) implements PercentOrAmount {
    public Amount {
      if (amount == null || amount.pence() <= 0) {
        throw new IllegalArgumentException("amount must be more than 0 pence");
      }
    }

    @Override
    public Money of(Money base) {
      return amount.min(base);
    }
  }

  static PercentOrAmount percent(String percent) {
    return new Percent(Percentage.of(percent));
  }

  static PercentOrAmount amount(long pence) {
    return new Amount(Money.ofPence(pence));
  }
}
