package app.jobmate.events.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A UK mobile number, the one a member's text messages go to, kept in E.164 ({@code +447} and nine
 * more digits). It is read from what people type: {@code 07700 900123}, {@code +44 7700 900123},
 * {@code 0044 7700 900123}, {@code +44 (0)7700 900123} or {@code 447700900123}, spaces, hyphens and brackets ignored. Landlines,
 * other countries' numbers and anything else are refused: texts are sent to UK mobiles only.
 */
public record MobileNumber(String value) {

  /** The longest input read: a number with generous spacing. */
  public static final int MAX_INPUT = 32;
  private static final Pattern E164 = Pattern.compile("\\+447\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

  public MobileNumber {
    if (value == null || value.length() > MAX_INPUT) {
      throw refused();
    }
    String digits = SEPARATORS.matcher(value).replaceAll("");
    if (digits.startsWith("+4407")) {
      digits = "+44" + digits.substring(4);
    } else if (digits.startsWith("07")) {
      digits = "+44" + digits.substring(1);
    } else if (digits.startsWith("0044")) {
      digits = "+" + digits.substring(2);
    } else if (digits.startsWith("44")) {
      digits = "+" + digits;
    }
    if (!E164.matcher(digits).matches()) {
      throw refused();
    }
    value = digits;
  }

  @JsonCreator
  public static MobileNumber of(String value) {
    return new MobileNumber(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** The number with its last three digits only, for logs and answers that need not show it whole. */
  public String masked() {
    return "+447*******" + value.substring(value.length() - 3);
  }

  @Override
  public String toString() {
    return masked();
  }

  private static IllegalArgumentException refused() {
    return new IllegalArgumentException("must be a UK mobile number such as 07700 900123 or +44 7700 900123");
  }
}
