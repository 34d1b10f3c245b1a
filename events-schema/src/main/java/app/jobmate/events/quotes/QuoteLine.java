package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.VatCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of a quote. An optional line is offered but not counted in the quote's totals unless the
 * customer takes it when accepting. The unit price is before VAT, or, when {@code pricesIncludeVat},
 * the price the customer pays including VAT (see {@link QuotePricing} for how the VAT is taken out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteLine(LineId lineId, String description, Quantity quantity, Money unitPrice, VatCode vatCode,
                        PercentOrAmount discount, boolean optional, Boolean pricesIncludeVat) {

  public static final int MAX_DESCRIPTION = 2000;
  /** £1,000,000 a unit. */
  public static final long MAX_UNIT_PRICE_PENCE = 100_000_000L;
  /** £10,000,000 a line (quantity × unit price): 500 such lines stay far inside what {@link Money} holds. */
  public static final long MAX_AMOUNT_PENCE = 1_000_000_000L;

  public QuoteLine {
    if (lineId == null) {
      throw new IllegalArgumentException("lineId is required");
    }
    description = Require.text(description, MAX_DESCRIPTION, "description");
    if (quantity == null) {
      throw new IllegalArgumentException("quantity is required");
    }
    if (unitPrice == null || unitPrice.pence() < 0 || unitPrice.pence() > MAX_UNIT_PRICE_PENCE) {
      throw new IllegalArgumentException("unitPrice must be between 0 and " + MAX_UNIT_PRICE_PENCE + " pence");
    }
    if (vatCode == null) {
      throw new IllegalArgumentException("vatCode is required");
    }
    // a line stored before prices could include VAT did not
    pricesIncludeVat = Boolean.TRUE.equals(pricesIncludeVat);
    if (amountOf(quantity, unitPrice) > MAX_AMOUNT_PENCE) {
      throw new IllegalArgumentException("the line comes to more than £10,000,000 (quantity × unitPrice)");
    }
  }

  /** A line priced before VAT. */
  public QuoteLine(LineId lineId, String description, Quantity quantity, Money unitPrice, VatCode vatCode,
                   PercentOrAmount discount, boolean optional) {
    this(lineId, description, quantity, unitPrice, vatCode, discount, optional, false);
  }

  /** Quantity × unit price, half a penny up: 0.333 × £1.00 is 33p. */
  public Money amount() {
    return Money.ofPence(amountOf(quantity, unitPrice));
  }

  /** The amount of {@code quantity} at {@code unitPrice}, half a penny up, in pence. */
  public static long amountOf(Quantity quantity, Money unitPrice) {
    BigDecimal exact = quantity.value().multiply(BigDecimal.valueOf(unitPrice.pence()));
    return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
