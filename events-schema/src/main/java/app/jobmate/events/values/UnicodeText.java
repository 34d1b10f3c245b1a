package app.jobmate.events.values;

/**
 * Whether a Java string is well-formed Unicode text: a sequence of Unicode scalar values, so every
 * surrogate is half of a pair, and no NUL character. A string that is not cannot be written as
 * UTF-8 (which every store and wire of Jobmate speaks), so it is refused where it enters (docs/,
 * "Errors and inputs").
 */
public final class UnicodeText {

  private UnicodeText() {
  }

  /** The problem with {@code text} as the rest of a sentence ("must not ..."), or {@code null} when it is well-formed. */
  public static String problemOf(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return "must not contain the NUL character (at " + i + ")";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "must be well-formed Unicode: an unpaired surrogate at " + i;
      }
      if (Character.isLowSurrogate(c)) {
        return "must be well-formed Unicode: an unpaired surrogate at " + i;
      }
    }
    return null;
  }

  public static boolean isWellFormed(CharSequence text) {
    return problemOf(text) == null;
  }

  /** {@code text} itself, when it is well-formed. */
  public static String require(String text, String name) {
    String problem = text == null ? null : problemOf(text);
    if (problem != null) {
      throw new IllegalArgumentException(name + " " + problem);
    }
    return text;
  }
}
