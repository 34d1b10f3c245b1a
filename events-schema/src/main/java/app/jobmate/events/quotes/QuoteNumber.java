package app.jobmate.events.quotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The number a quote takes when first issued: sequential per tenant from 1, never reused. */
public record QuoteNumber(long value) {

  /** What goes in front of the number when the business never chose a prefix. */
  public static final String DEFAULT_PREFIX = "Q-";
  /** A prefix the business chose: 1 to 10 capitals, digits, {@code -} or {@code /}, a letter first. */
  public static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("[A-Z][A-Z0-9/-]{0,9}");

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
    return display(DEFAULT_PREFIX, revision);
  }

  /**
   * The prefix of a number as {@link #display(String, int)} printed it at {@code revision}: what comes
   * before the digits (a prefix may itself end in a digit or contain {@code /}).
   */
  public String prefixIn(String displayed, int revision) {
    String suffix = revision > 1 ? "/" + revision : "";
    String digits = String.format("%05d", value);
    if (displayed == null || !displayed.endsWith(digits + suffix)) {
      return DEFAULT_PREFIX;
    }
    return displayed.substring(0, displayed.length() - suffix.length() - digits.length());
  }

  /** As printed with the business's prefix ({@code ACME-00042}); the default one when {@code prefix} is absent. */
  public String display(String prefix, int revision) {
    return (prefix == null ? DEFAULT_PREFIX : prefix) + String.format("%05d", value) + (revision > 1 ? "/" + revision : "");
  }
}
