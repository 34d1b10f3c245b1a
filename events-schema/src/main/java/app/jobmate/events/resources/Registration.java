package app.jobmate.events.resources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK vehicle registration mark, normalised: upper case, no spaces ({@code "ab12 cde"} is
 * {@code AB12CDE}). Checked loosely against the shapes the DVLA has issued, not against its register:
 * current (since 2001: two letters, two digits, three letters, {@code AB12CDE}), prefix (1983-2001: a
 * letter, one to three digits, three letters, {@code A123BCD}), suffix (1963-1983: three letters, one to
 * three digits, a letter, {@code ABC123D}) and dateless (one to three letters and one to four digits
 * either way round, {@code ABC1234}, {@code 1234AB}; Northern Ireland's marks have this shape too).
 */
public record Registration(String value) {

  public static final int MAX_INPUT = 20;

  private static final Pattern CURRENT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z]{3}");
  private static final Pattern PREFIX = Pattern.compile("[A-Z][0-9]{1,3}[A-Z]{3}");
  private static final Pattern SUFFIX = Pattern.compile("[A-Z]{3}[0-9]{1,3}[A-Z]");
  private static final Pattern DATELESS = Pattern.compile("[A-Z]{1,3}[0-9]{1,4}|[0-9]{1,4}[A-Z]{1,3}");

  public Registration {
    if (value == null || !isWellShaped(value)) {
      throw new IllegalArgumentException("registration must be a UK registration such as AB12 CDE (current, "
          + "prefix, suffix or dateless), upper case without spaces once normalised");
    }
  }

  /** {@code text} normalised (upper case, spaces removed) and checked. */
  @JsonCreator
  public static Registration of(String text) {
    if (text == null || text.length() > MAX_INPUT) {
      throw new IllegalArgumentException("registration must be a UK registration such as AB12 CDE");
    }
    return new Registration(text.replace(" ", "").toUpperCase(Locale.ROOT));
  }

  private static boolean isWellShaped(String mark) {
    return CURRENT.matcher(mark).matches() || PREFIX.matcher(mark).matches() || SUFFIX.matcher(mark).matches()
        || DATELESS.matcher(mark).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
