package app.jobmate.events.jobs;

import app.jobmate.events.values.Money;
import app.jobmate.events.values.Quantity;
import app.jobmate.events.values.Require;
import app.jobmate.events.values.VatCode;
import java.util.UUID;

/**
 * A line of work a job was agreed with, as its quote's accepted line said: what, how many, at what
 * unit price and VAT code, and its amount (quantity × unit price, before any discount). The quote's
 * pricing (line and quote discounts, prices including VAT) stays on the quote; the job carries its
 * outcome, the agreed value. {@code optional} marks an optional extra the customer took.
 */
public record JobLine(UUID lineId, String description, Quantity quantity, Money unitPrice, VatCode vatCode,
                      Money amount, boolean optional) {

  public static final int MAX_DESCRIPTION = 2_000;

  public JobLine {
    Require.present(lineId, "lineId");
    description = Require.text(description, MAX_DESCRIPTION, "description");
    Require.present(quantity, "quantity");
    Require.present(unitPrice, "unitPrice");
    Require.present(vatCode, "vatCode");
    Require.present(amount, "amount");
    if (unitPrice.isNegative() || amount.isNegative()) {
      throw new IllegalArgumentException("a job line's price and amount are never negative");
    }
  }
}
