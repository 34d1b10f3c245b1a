package app.jobmate.events.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address: one {@code @}, a local part and a domain with a dot, no spaces, at most 254
 * characters (RFC 5321); the domain is kept in lower case, the local part as typed.
 */
public record EmailAddress(String value) {

  public static final int MAX = 254;
  private static final Pattern SHAPE = Pattern.compile("[^\\s@]{1,64}@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

  public EmailAddress {
    if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches() || !UnicodeText.isWellFormed(value)) {
      throw new IllegalArgumentException("must be an email address such as sam@example.co.uk");
    }
  }

  @JsonCreator
  public static EmailAddress of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("must be an email address such as sam@example.co.uk");
    }
    String trimmed = text.strip();
    int at = trimmed.lastIndexOf('@');
    if (at < 1) {
      throw new IllegalArgumentException("must be an email address such as sam@example.co.uk");
    }
    return new EmailAddress(trimmed.substring(0, at) + "@" + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
