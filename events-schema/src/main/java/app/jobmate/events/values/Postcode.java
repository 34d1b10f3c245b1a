package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode, normalised: upper case, one space before the inward code ({@code SW1A 1AA}). Only
 * the shape of a UK postcode is accepted (outward code: area letters, district digit, optional
 * letter or digit; inward code: a digit and two letters), and GIR 0AA; whether it is delivered to is
 * Royal Mail's to say, not ours.
 */
public record Postcode(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA");
  private static final Pattern NORMAL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}|GIR 0AA");

  public Postcode {
    if (value == null || !NORMAL.matcher(value).matches()) {
      throw new IllegalArgumentException("must be a UK postcode such as SW1A 1AA");
    }
  }

  /** Reads what a person typed: any case, any spaces ({@code sw1a1aa}, {@code  SW1A  1AA }). */
  @JsonCreator
  public static Postcode of(String text) {
    if (text == null || text.length() > 16) {
      throw new IllegalArgumentException("must be a UK postcode such as SW1A 1AA");
    }
    String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(compact).matches()) {
      throw new IllegalArgumentException("must be a UK postcode such as SW1A 1AA");
    }
    return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
  }

  /** Without the space ({@code SW1A1AA}), as searches compare it. */
  public String compact() {
    return value.replace(" ", "");
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
