package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 ({@code +447700900123}): a plus, a country code and at most 15 digits in
 * all (ITU-T E.164). Read from a UK national number ({@code 07700 900123}, {@code 020 7946 0000}), an
 * international one ({@code +33 1 23 45 67 89}, {@code 0033…}) or the common {@code +44 (0)…}.
 */
public record PhoneNumber(String value) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  /** A UK number after +44: 9 or 10 digits, never starting with 0. */
  private static final Pattern UK = Pattern.compile("\\+44[1-9][0-9]{8,9}");

  public PhoneNumber {
    if (value == null || !E164.matcher(value).matches() || value.startsWith("+44") && !UK.matcher(value).matches()) {
      throw new IllegalArgumentException("must be a phone number such as 07700 900123 or +44 7700 900123");
    }
  }

  /** Reads what a person typed: spaces, dashes, dots and brackets are ignored. */
  @JsonCreator
  public static PhoneNumber of(String text) {
    if (text == null || text.length() > 32) {
      throw new IllegalArgumentException("must be a phone number such as 07700 900123 or +44 7700 900123");
    }
    String compact = text.replace("(0)", "").replaceAll("[\\s.()\\-]", "");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    } else if (compact.startsWith("0")) {
      compact = "+44" + compact.substring(1);
    }
    if (!compact.matches("\\+[0-9]+")) {
      throw new IllegalArgumentException("must be a phone number such as 07700 900123 or +44 7700 900123");
    }
    return new PhoneNumber(compact);
  }

  /** The digits as dialled in the UK: {@code 07700900123} for a UK number, the E.164 digits otherwise. */
  public String nationalDigits() {
    return value.startsWith("+44") ? "0" + value.substring(3) : value.substring(1);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
