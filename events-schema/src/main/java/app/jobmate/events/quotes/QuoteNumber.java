package app.jobmate.events.quotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The number a quote takes when first issued: sequential per tenant from 1, never reused. */
public record QuoteNumber(long value) {

  public QuoteNumber {
    if (value < 1) {
      throw new IllegalArgumentException("must be at least 1");
    }
  }

  @JsonCreator
  public static QuoteNumber of(long value) {
    return new QuoteNumber(value);
  }

  @JsonValue
  @Override
  public long value() {
    return value;
  }

  /** As printed on the quote: {@code Q-00042}, or {@code Q-00042/2} for a later revision. */
  public String display(int revision) {
    return String.format("Q-%05d", value) + (revision > 1 ? "/" + revision : "");
  }
}
