package app.jobmate.events.quotes;

/**
 * Something in a draft that pricing had to cap and that issuing will refuse: a fixed discount or
 * deposit larger than what it applies to. {@code lineId} names the line of a line discount.
 */
public record PricingWarning(String code, LineId lineId, String message) {

  public static final String LINE_DISCOUNT_CAPPED = "line-discount-capped";
  public static final String DISCOUNT_CAPPED = "discount-capped";
  public static final String DEPOSIT_CAPPED = "deposit-capped";
}
