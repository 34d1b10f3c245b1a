package app.jobmate.events.quotes;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.VatCode;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A line of a quote. An optional line is offered but not counted in the quote's totals unless the
 * customer takes it when accepting.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteLine(LineId lineId, String description, Quantity quantity, Money unitPrice, VatCode vatCode,
                        PercentOrAmount discount, boolean optional) {

  public static final int MAX_DESCRIPTION = 2000;
  /** £1,000,000 a unit. */
  public static final long MAX_UNIT_PRICE_PENCE = 100_000_000L;

  public QuoteLine {
    if (lineId == null) {
      throw new IllegalArgumentException("lineId is required");
    }
    if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("description must be 1 to " + MAX_DESCRIPTION + " characters");
    }
    if (quantity == null) {
      throw new IllegalArgumentException("quantity is required");
    }
    if (unitPrice == null || unitPrice.pence() < 0 || unitPrice.pence() > MAX_UNIT_PRICE_PENCE) {
      throw new IllegalArgumentException("unitPrice must be between 0 and " + MAX_UNIT_PRICE_PENCE + " pence");
    }
    if (vatCode == null) {
      throw new IllegalArgumentException("vatCode is required");
    }
  }
}
