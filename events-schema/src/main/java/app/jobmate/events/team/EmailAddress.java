package app.jobmate.events.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A member's email address, the name they sign in with: lower-cased, at most 254 characters
 * (RFC 5321's path limit), one {@code @} with something before it and a dotted domain after it.
 */
public record EmailAddress(String value) {

  public static final int MAX = 254;
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public EmailAddress {
    if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("must be an email address such as sam@example.co.uk, at most " + MAX
          + " characters");
    }
    value = value.toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
