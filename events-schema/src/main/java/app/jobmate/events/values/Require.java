package app.jobmate.events.values;

/**
 * The checks event records share, so that a record refuses what its JSON Schema would reject and
 * says which field was wrong.
 */
public final class Require {

  private Require() {
  }

  public static <T> T present(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** A text that must be there, not blank, at most {@code max} characters, well-formed ({@link UnicodeText}). */
  public static String text(String text, int max, String name) {
    if (text == null || text.isBlank() || text.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
    }
    return UnicodeText.require(text, name);
  }

  /** A text that may be absent; a blank one is absent too. */
  public static String optionalText(String text, int max, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + " characters");
    }
    return UnicodeText.require(text, name);
  }
}
